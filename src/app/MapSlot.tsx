import { lazy, memo, useDeferredValue, useMemo } from 'react';
import { MapKey } from '../features/map/MapKey.tsx';
import type { Article } from '../schema/article.ts';
import type { Lang } from '../shared/lang.ts';
import { useT } from '../shared/use-lang.ts';
import { loadMap } from './load-map.ts';
import { LazyMapFrame } from './LazyMapFrame.tsx';
import { mapData } from './map-data.ts';
import { mapLabels } from './map-labels.ts';

// Drawn again only when its own props change: not on the page's first render after a click, which keeps the old ones.
const MapWithData = memo(lazy(loadMap));

export interface MapSlotProps {
  article: Article;
  lang: Lang;
  selected: string | null;
}

/** A report's map, and its key with the text. */
export function MapSlot({ article, lang, selected }: MapSlotProps) {
  // After a click, the page shows its result first (the card, the other language); the map follows in a render of its own.
  const mapLang = useDeferredValue(lang);
  const mapSelected = useDeferredValue(selected);
  const t = useT(lang);
  const mapT = useT(mapLang);
  const mapDataNow = useMemo(() => mapData(article, mapLang), [article, mapLang]);
  const mapLabelsNow = useMemo(() => mapLabels(mapT), [mapT]);
  // The key follows the page at once; once the map has caught up, both read the same.
  const data = useMemo(() => (mapLang === lang ? mapDataNow : mapData(article, lang)), [article, lang, mapLang, mapDataNow]);
  const labels = useMemo(() => (mapLang === lang ? mapLabelsNow : mapLabels(t)), [lang, mapLang, mapLabelsNow, t]);
  return (
    <>
      <LazyMapFrame lang={lang}>
        <MapWithData lang={mapLang} data={mapDataNow} labels={mapLabelsNow} selected={mapSelected} />
      </LazyMapFrame>
      <MapKey lang={lang} counterparts={data.counterparts} hosts={data.hosts} venues={data.venues} journeys={data.journeys} labels={labels} />
    </>
  );
}
