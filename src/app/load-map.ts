/** Leaflet needs a browser, so a prerender never loads a map. */
const never = () => new Promise<never>(() => {});

export const loadMap = () => (import.meta.env.SSR ? never() : import('./map-chunk.tsx'));
export const loadCorpusMap = () => (import.meta.env.SSR ? never() : import('./corpus-map-chunk.tsx'));
