import { geometryBbox, pointBbox, unionBbox } from './geometry.ts';
import { REGION } from './region.ts';
import type { Basemap, BasemapFeature, Bbox } from './types.ts';

export type LatLon = { lat: number; lon: number };

/** Basemap features by upper-case alpha-2 code; shapes without a code are left out. */
export function indexByCode(basemap: Basemap): ReadonlyMap<string, BasemapFeature> {
  const index = new Map<string, BasemapFeature>();
  for (const feature of basemap.features) {
    if (feature.properties.code) index.set(feature.properties.code.toUpperCase(), feature);
  }
  return index;
}

export type ViewInput = {
  features: ReadonlyMap<string, BasemapFeature>;
  hostCode: string;
  venue: LatLon | null;
  visitors: ReadonlyArray<{ code: string; meetingId: string; capital: LatLon | null }>;
  selected: string | null;
};

/**
 * What the camera should frame: the selected visitor's country, or else the
 * host, every visitor and every capital together. Falls back to the region.
 */
export function viewBbox({ features, hostCode, venue, visitors, selected }: ViewInput): Bbox {
  const shapeOf = (code: string) => {
    const feature = features.get(code.toUpperCase());
    return feature ? geometryBbox(feature.geometry) : null;
  };
  const chosen = visitors.find((visitor) => visitor.meetingId === selected);
  const chosenBbox = chosen ? shapeOf(chosen.code) : null;
  if (chosenBbox) return chosenBbox;
  const boxes = [
    shapeOf(hostCode),
    venue && pointBbox(venue.lat, venue.lon),
    ...visitors.flatMap((visitor) => [shapeOf(visitor.code), visitor.capital && pointBbox(visitor.capital.lat, visitor.capital.lon)]),
  ];
  return unionBbox(boxes.filter((box): box is Bbox => box !== null)) ?? REGION;
}
