/**
 * Everything the corpus map needs, Leaflet and the country shapes included,
 * loaded as one chunk after the text; it shares both with the report map's.
 */
import topology from 'virtual:bhent/basemap';
import { useHref, useNavigate } from 'react-router';
import { CorpusMap, decodeBasemap, type CorpusMapLabels } from '../features/map/index.ts';
import type { Lang } from '../shared/lang.ts';
import { paths } from '../shared/paths.ts';

export interface CorpusMapWithDataProps {
  lang: Lang;
  countries: ReadonlyArray<{ code: string; name: string; meetings: number }>;
  labels: CorpusMapLabels;
}

export default function CorpusMapWithData({ lang, countries, labels }: CorpusMapWithDataProps) {
  const navigate = useNavigate();
  const base = useHref('/').replace(/\/$/, '');
  return (
    <CorpusMap
      lang={lang}
      basemap={decodeBasemap(topology)}
      countries={countries.map((country) => ({ ...country, href: `${base}${paths.country(lang, country.code)}` }))}
      onSelect={(code) => navigate(paths.country(lang, code))}
      legend={false}
      labels={labels}
    />
  );
}
