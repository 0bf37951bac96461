import { lazy, useMemo } from 'react';
import { MapKey } from '../features/map/MapKey.tsx';
import type { Article } from '../schema/article.ts';
import type { Lang } from '../shared/lang.ts';
import { useT } from '../shared/use-lang.ts';
import { loadMap } from './load-map.ts';
import { LazyMapFrame } from './LazyMapFrame.tsx';
import { mapData } from './map-data.ts';
import { mapLabels } from './map-labels.ts';

const MapWithData = lazy(loadMap);

export interface MapSlotProps {
  article: Article;
  lang: Lang;
  selected: string | null;
}

/** A report's map, and its key with the text. */
export function MapSlot({ article, lang, selected }: MapSlotProps) {
  const t = useT(lang);
  const data = useMemo(() => mapData(article, lang), [article, lang]);
  const labels = useMemo(() => mapLabels(t), [t]);
  return (
    <>
      <LazyMapFrame lang={lang}>
        <MapWithData lang={lang} data={data} labels={labels} selected={selected} />
      </LazyMapFrame>
      <MapKey lang={lang} visitors={data.visitors} venue={data.venue} labels={labels} />
    </>
  );
}
