/**
 * Everything the report map needs, Leaflet and the country shapes included,
 * loaded as one chunk after the text.
 */
import topology from 'virtual:bhent/basemap';
import { useHref, useNavigate } from 'react-router';
import { MeetingsMap, decodeBasemap, type MeetingsMapLabels } from '../features/map/index.ts';
import type { Lang } from '../shared/lang.ts';
import { paths } from '../shared/paths.ts';
import type { MapData } from './map-data.ts';

export interface MapWithDataProps {
  lang: Lang;
  /** From mapData(), which the page has already built for the key. */
  data: MapData;
  labels: MeetingsMapLabels;
  selected: string | null;
}

export default function MapWithData({ lang, data, labels, selected }: MapWithDataProps) {
  const navigate = useNavigate();
  const base = useHref('/');
  return (
    <MeetingsMap
      lang={lang}
      basemap={decodeBasemap(topology)}
      own={data.own}
      counterparts={data.counterparts}
      hosts={data.hosts}
      venues={data.venues}
      journeys={data.journeys}
      selected={selected}
      hrefFor={(id) => `${base.replace(/\/$/, '')}${paths.meeting(lang, data.report, id)}`}
      onSelect={(id) => navigate(paths.meeting(lang, data.report, id))}
      legend={false}
      labels={labels}
    />
  );
}
