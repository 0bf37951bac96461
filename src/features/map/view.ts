import { distanceTo, frameBbox, pointBbox } from './geometry.ts';
import { coverLongitudes, wrapShift } from './longitudes.ts';
import type { Basemap, BasemapFeature, Bbox, LatLon } from './types.ts';

/** Basemap features by upper-case alpha-2 code; shapes without a code are left out. */
export function indexByCode(basemap: Basemap): ReadonlyMap<string, BasemapFeature> {
  const index = new Map<string, BasemapFeature>();
  for (const feature of basemap.features) {
    if (feature.properties.code) index.set(feature.properties.code.toUpperCase(), feature);
  }
  return index;
}

/** Mercator's useful band, for a map with nothing to frame. */
export const WORLD: Bbox = [-180, -58, 180, 78];

/**
 * The smallest box around all of `boxes`, on whichever side of the
 * antimeridian keeps it narrowest: Fiji with Brazil and Kenya runs east from
 * Fiji across the Pacific, not west across Asia.
 */
export function coverBoxes(boxes: Iterable<Bbox>): Bbox | null {
  const all = [...boxes];
  const lons = coverLongitudes(all.map(([west, , east]) => [west, east] as const));
  if (!lons) return null;
  const south = Math.min(...all.map((box) => box[1]));
  const north = Math.max(...all.map((box) => box[3]));
  return [lons[0], south, lons[1], north];
}

/** `box` moved by whole turns into the world centred on `centre`. */
export function intoWorld([west, south, east, north]: Bbox, centre: number): Bbox {
  const shift = wrapShift((west + east) / 2, centre);
  return [west + shift, south, east + shift, north];
}

/** A point moved by whole turns into the world centred on `centre`. */
export function pointInWorld({ lat, lon }: LatLon, centre: number): LatLon {
  return { lat, lon: lon + wrapShift(lon, centre) };
}

export type MapView = {
  /** The longitude the map's world is centred on: the seam is opposite it. */
  centre: number;
  /** Everything the report names. */
  overview: Bbox;
  /** What the camera frames now: the selection, or the overview. */
  focus: Bbox;
};

/** The overview of `boxes`, centred on them, and the selection moved into that world. */
export function frameView(boxes: Iterable<Bbox>, selection: Bbox | null): MapView {
  const overview = coverBoxes(boxes) ?? selection ?? WORLD;
  const centre = (overview[0] + overview[2]) / 2;
  return { centre, overview, focus: selection ? intoWorld(selection, centre) : overview };
}

/** Centres near Greenwich, nearest first, for a whole-world map. */
const WORLD_CENTRES = [0, 10, -10, 20, -20, 30, -30];

/**
 * The map of every country met: the countries' own frame while they lie
 * within half the world; past that, the familiar world map, centred at or
 * near Greenwich so that no country met is cut by the edge.
 */
export function atlasView(boxes: Iterable<Bbox>): MapView {
  const all = [...boxes];
  const view = frameView(all, null);
  if (view.overview[2] - view.overview[0] <= 180) return view;
  const clear = (centre: number) =>
    all.every((box) => {
      const [west, , east] = intoWorld(box, centre);
      return west >= centre - 178 && east <= centre + 178;
    });
  const centre = WORLD_CENTRES.find(clear) ?? 0;
  const world: Bbox = [centre - 180, WORLD[1], centre + 180, WORLD[3]];
  return { centre, overview: world, focus: world };
}

export type ViewInput = {
  features: ReadonlyMap<string, BasemapFeature>;
  /** The report's own side. */
  ownCode: string;
  venues: readonly LatLon[];
  counterparts: ReadonlyArray<{ code: string; meetingId: string; capital: LatLon | null }>;
  selected: string | null;
};

/** A country's frame (geometry.ts), or null where the basemap has no shape for it. */
export function countryBox(features: ReadonlyMap<string, BasemapFeature>, code: string): Bbox | null {
  const feature = features.get(code.toUpperCase());
  return feature ? frameBbox(feature.geometry) : null;
}

/**
 * What a report's map shows: its own side, every country met, every capital
 * and venue together; the camera on the selected country (or its capital,
 * where it has no shape) when one is selected.
 */
export function reportView({ features, ownCode, venues, counterparts, selected }: ViewInput): MapView {
  const boxes = [
    countryBox(features, ownCode),
    ...venues.map((venue) => pointBbox(venue.lat, venue.lon)),
    ...counterparts.flatMap((counterpart) => [countryBox(features, counterpart.code), counterpart.capital && pointBbox(counterpart.capital.lat, counterpart.capital.lon)]),
  ];
  const chosen = counterparts.find((counterpart) => counterpart.meetingId === selected);
  const selection = chosen ? (countryBox(features, chosen.code) ?? (chosen.capital && pointBbox(chosen.capital.lat, chosen.capital.lon))) : null;
  return frameView(
    boxes.filter((box): box is Bbox => box !== null),
    selection,
  );
}

/** How far outside its simplified outline a place may lie and still be of that country: a city on a coast, a small island. */
const COAST = 0.5;

/**
 * Which of `codes` a place lies in: the one whose shape holds it, else the
 * nearest within reach of its coast; null for none (a third country, or a
 * country with no shape).
 */
export function countryAt(features: ReadonlyMap<string, BasemapFeature>, point: LatLon, codes: Iterable<string>): string | null {
  let found: { code: string; distance: number } | null = null;
  for (const code of codes) {
    const feature = features.get(code.toUpperCase());
    if (!feature) continue;
    const distance = distanceTo(feature.geometry, point);
    if (distance <= COAST && (!found || distance < found.distance)) found = { code: code.toUpperCase(), distance };
  }
  return found?.code ?? null;
}
