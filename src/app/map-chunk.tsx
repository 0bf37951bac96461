/**
 * Everything the map needs, Leaflet and the country shapes included, loaded
 * as one chunk after the text.
 */
import basemap from 'virtual:bhent/basemap';
import { useHref, useNavigate } from 'react-router';
import { MeetingsMap } from '../features/map/index.ts';
import type { Article } from '../schema/article.ts';
import type { Lang } from '../shared/lang.ts';
import { paths } from '../shared/paths.ts';
import { useT } from '../shared/use-lang.ts';
import { mapData } from './map-data.ts';

export interface MapWithDataProps {
  article: Article;
  lang: Lang;
  selected: string | null;
}

export default function MapWithData({ article, lang, selected }: MapWithDataProps) {
  const t = useT(lang);
  const navigate = useNavigate();
  const base = useHref('/');
  return (
    <MeetingsMap
      lang={lang}
      basemap={basemap}
      {...mapData(article, lang)}
      selected={selected}
      hrefFor={(id) => `${base.replace(/\/$/, '')}${paths.meeting(lang, article.id, id)}`}
      onSelect={(id) => navigate(paths.meeting(lang, article.id, id))}
      legend={false}
      labels={{
        region: t('map.region'),
        legendTitle: t('map.legendTitle'),
        legendVisitor: t('map.legendVisitor'),
        legendHost: t('map.legendHost'),
        legendVenue: t('map.legendVenue'),
        legendRoute: t('map.legendRoute'),
        credit: t('map.credit'),
        zoomIn: t('map.zoomIn'),
        zoomOut: t('map.zoomOut'),
      }}
    />
  );
}
