/** Leaflet needs a browser, so a prerender never loads the map. */
export const loadMap = () => (import.meta.env.SSR ? new Promise<never>(() => {}) : import('./map-chunk.tsx'));
