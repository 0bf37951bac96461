import { nextTask } from '../shared/tasks.ts';

/** Leaflet needs a browser, so a prerender never loads a map. */
const never = () => new Promise<never>(() => {});

/**
 * A map's code in steps, each evaluated in a task of its own so that none
 * holds a slow phone for long: Leaflet, its React binding, the country shapes
 * (then decoded a few at a time), and last the map itself.
 */
async function inSteps<T>(chunk: () => Promise<T>): Promise<T> {
  await import('leaflet');
  await nextTask();
  await import('react-leaflet');
  await nextTask();
  const [{ default: topology }, { decodeBasemapGradually }] = await Promise.all([import('virtual:bhent/basemap'), import('../features/map/decode.ts')]);
  await nextTask();
  await decodeBasemapGradually(topology, nextTask);
  await nextTask();
  return chunk();
}

export const loadMap = () => (import.meta.env.SSR ? never() : inSteps(() => import('./map-chunk.tsx')));
export const loadCorpusMap = () => (import.meta.env.SSR ? never() : inSteps(() => import('./corpus-map-chunk.tsx')));
