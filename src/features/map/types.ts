import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { Lang } from '../../shared/lang.ts';

export type { Lang };

/** ISO 3166-1 alpha-2, upper case; '' where the source data has no code. */
export type BasemapProperties = { code: string };
export type BasemapGeometry = Polygon | MultiPolygon;
export type BasemapFeature = Feature<BasemapGeometry, BasemapProperties>;
export type Basemap = FeatureCollection<BasemapGeometry, BasemapProperties>;

/**
 * The basemap as it ships: TopoJSON, quantized and delta-encoded, each
 * country's `id` its alpha-2 code (absent where it has none).
 */
export type BasemapTopology = Topology<{ countries: GeometryCollection & { geometries: Array<TopoPolygon | TopoMultiPolygon> } }>;

/** GeoJSON bbox order: [west, south, east, north], degrees; west may be below -180 and east above 180. */
export type Bbox = readonly [west: number, south: number, east: number, north: number];

export type LatLon = { lat: number; lon: number };

/**
 * A visiting country: its code finds its shape, `name` is what the map shows
 * for it. `capital` is null where no dataset knows it: the map then draws no
 * route for it. Its name may be in another language than the page (`lang`):
 * a capital the gazetteer does not list has only its English name.
 */
export type MapVisitor = { code: string; meetingId: string; name: string; capital: (LatLon & { name: string; lang: Lang }) | null };

/** Null when the report names no venue the gazetteer knows; its name, like a capital's, may be in English on a Hindi page. */
export type MapVenue = (LatLon & { text: string; lang: Lang }) | null;

/** The map's words for the key, in the page's language. */
export type MapKeyLabels = {
  legendTitle: string;
  legendVisitor: string;
  legendHost: string;
  legendVenue: string;
  legendRoute: string;
  legendCapital: string;
};
