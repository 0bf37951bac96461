declare module 'virtual:bhent/basemap' {
  import type { BasemapTopology } from './types.ts';

  /** Every country as shipped (src/build/basemap.ts); decodeBasemap() turns it into what the maps draw. */
  const topology: BasemapTopology;
  export default topology;
}
