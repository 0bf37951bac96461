import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type { Lang } from '../../shared/lang.ts';

/** ISO 3166-1 alpha-2, upper case; '' where the source data has no code. */
export type BasemapProperties = { code: string };
export type BasemapGeometry = Polygon | MultiPolygon;
export type BasemapFeature = Feature<BasemapGeometry, BasemapProperties>;
export type Basemap = FeatureCollection<BasemapGeometry, BasemapProperties>;

/** GeoJSON bbox order: [west, south, east, north], degrees. */
export type Bbox = readonly [west: number, south: number, east: number, north: number];
