import type { Lang } from '../shared/lang.ts';

/** The map of every country met (its chunk comes with the map's work). */
export function CorpusMapSlot(_props: { lang: Lang; countries: Array<{ code: string; name: string; meetings: number }> }) {
  return null;
}
