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

/** A capital, named in the language it is known in: a capital the gazetteer does not list has only its English name. */
export type MapCapital = LatLon & { name: string; lang: Lang };

/**
 * The report's own side: the country of its leader (the protagonist), who
 * meets every counterpart. `capital` is where its journeys start.
 */
export type MapOwn = { code: string; name: string; capital: MapCapital | null };

/**
 * A country met: its code finds its shape, `name` is what the map shows for
 * it. `capital` is null where no dataset knows it: the map then draws no
 * journey from it.
 */
export type MapCounterpart = { code: string; meetingId: string; name: string; capital: MapCapital | null };

/** A place a meeting was held in person, as the report or an editor establishes it; its name, like a capital's, may be in English on a Hindi page. */
export type MapVenue = LatLon & { id: string; text: string; lang: Lang };

/**
 * A participant's way to a meeting: from their country's capital to the
 * venue (`venue`, an id of MapVenue), for the meetings it serves. The map
 * draws it only where the venue lies outside that country: a leader who met
 * at home made no journey.
 */
export type MapJourney = { code: string; from: LatLon; venue: string; meetings: readonly string[] };

/** The map's words for the key, in the page's language. */
export type MapKeyLabels = {
  legendTitle: string;
  legendCounterparts: string;
  legendOwn: string;
  legendHost: string;
  legendVenue: string;
  legendRoute: string;
  legendCapital: string;
};
