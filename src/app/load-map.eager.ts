/**
 * The bench's naive baseline (`npm run bench`) builds the map into the main
 * chunk by putting this module in place of load-map.ts.
 */
import * as chunk from './map-chunk.tsx';

export const loadMap = () => Promise.resolve(chunk);
