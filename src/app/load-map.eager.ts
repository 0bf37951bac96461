/**
 * The bench's naive baseline (`npm run bench`) builds the maps into the main
 * chunk by putting this module in place of load-map.ts.
 */
import * as corpusChunk from './corpus-map-chunk.tsx';
import * as chunk from './map-chunk.tsx';

export const loadMap = () => Promise.resolve(chunk);
export const loadCorpusMap = () => Promise.resolve(corpusChunk);
