declare module 'virtual:bhent/basemap' {
  import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

  /** Countries around the region with ISO 3166-1 alpha-2 codes ('' where Natural Earth has none). */
  const basemap: FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  export default basemap;
}
