import { lazy, useMemo } from 'react';
import { meetingBins } from '../features/map/bins.ts';
import { CorpusKey } from '../features/map/CorpusKey.tsx';
import type { Lang } from '../shared/lang.ts';
import { useT } from '../shared/use-lang.ts';
import { loadCorpusMap } from './load-map.ts';
import { corpusMapLabels } from './map-labels.ts';
import { LazyMapFrame } from './LazyMapFrame.tsx';

const CorpusMapWithData = lazy(loadCorpusMap);

export interface CorpusMapSlotProps {
  lang: Lang;
  /** Every country met in any report, named in `lang`, with its number of meetings. */
  countries: ReadonlyArray<{ code: string; name: string; meetings: number }>;
}

/** The map of every country met, in space reserved like a report's map, with its key shown before it loads. */
export function CorpusMapSlot({ lang, countries }: CorpusMapSlotProps) {
  const t = useT(lang);
  const labels = corpusMapLabels(t);
  const bins = useMemo(() => meetingBins(Math.max(0, ...countries.map((country) => country.meetings))), [countries]);
  return (
    <>
      <LazyMapFrame lang={lang}>
        <CorpusMapWithData lang={lang} countries={countries} labels={labels} />
      </LazyMapFrame>
      <CorpusKey lang={lang} bins={bins} title={labels.legendTitle} />
    </>
  );
}
