import { lazy, memo, useDeferredValue, useMemo } from 'react';
import { meetingBins } from '../features/map/bins.ts';
import { CorpusKey } from '../features/map/CorpusKey.tsx';
import type { Lang } from '../shared/lang.ts';
import { useT } from '../shared/use-lang.ts';
import { loadCorpusMap } from './load-map.ts';
import { corpusMapLabels } from './corpus-map-labels.ts';
import { LazyMapFrame } from './LazyMapFrame.tsx';

// Drawn again only when its own props change: not when the filters change, nor on the page's first render after a click.
const CorpusMapWithData = memo(lazy(loadCorpusMap));

export interface CorpusMapSlotProps {
  lang: Lang;
  /** Every country met in any report, named in `lang`, with its number of meetings; the same array while they stay the same. */
  countries: ReadonlyArray<{ code: string; name: string; meetings: number }>;
}

/** The map of every country met, in space reserved like a report's map, with its key shown before it loads. */
export function CorpusMapSlot({ lang, countries }: CorpusMapSlotProps) {
  // After the language changes, the page shows it first; the map follows in a render of its own.
  const mapLang = useDeferredValue(lang);
  const mapCountries = useDeferredValue(countries);
  const t = useT(lang);
  const mapT = useT(mapLang);
  const mapLabels = useMemo(() => corpusMapLabels(mapT), [mapT]);
  // The key follows the page at once; once the map has caught up, both read the same.
  const labels = useMemo(() => (mapLang === lang ? mapLabels : corpusMapLabels(t)), [lang, mapLang, mapLabels, t]);
  const bins = useMemo(() => meetingBins(Math.max(0, ...countries.map((country) => country.meetings))), [countries]);
  return (
    <>
      <LazyMapFrame lang={lang}>
        <CorpusMapWithData lang={mapLang} countries={mapCountries} labels={mapLabels} />
      </LazyMapFrame>
      <CorpusKey lang={lang} bins={bins} title={labels.legendTitle} />
    </>
  );
}
