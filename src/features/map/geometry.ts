import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';
import type { Position } from 'geojson';
import type { BasemapFeature, BasemapGeometry, Bbox } from './types.ts';
import { bboxToBounds } from './region.ts';

function polygonsOf(geometry: BasemapGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringBbox(ring: readonly Position[]): Bbox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon = NaN, lat = NaN] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

export function unionBbox(boxes: Iterable<Bbox>): Bbox | null {
  let union: Bbox | null = null;
  for (const [w, s, e, n] of boxes) {
    union = union
      ? [Math.min(union[0], w), Math.min(union[1], s), Math.max(union[2], e), Math.max(union[3], n)]
      : [w, s, e, n];
  }
  return union;
}

/** Holes lie inside their outer ring, so outer rings alone give the extent. */
export function geometryBbox(geometry: BasemapGeometry): Bbox | null {
  return unionBbox(polygonsOf(geometry).flatMap((polygon) => (polygon[0] ? [ringBbox(polygon[0])] : [])));
}

export function pointBbox(lat: number, lon: number): Bbox {
  return [lon, lat, lon, lat];
}

export function featureBounds(feature: BasemapFeature): LatLngBoundsLiteral | null {
  const bbox = geometryBbox(feature.geometry);
  return bbox ? bboxToBounds(bbox) : null;
}

/**
 * Where to pin a label: the centre of the largest part's extent. Leaflet's
 * own getCenter() uses the first part, which for China is Hainan.
 */
export function labelPoint(geometry: BasemapGeometry): LatLngTuple {
  let best: Bbox | null = null;
  let bestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    if (!polygon[0]) continue;
    const box = ringBbox(polygon[0]);
    const area = (box[2] - box[0]) * (box[3] - box[1]);
    if (area > bestArea) {
      best = box;
      bestArea = area;
    }
  }
  if (!best) return [0, 0];
  return [(best[1] + best[3]) / 2, (best[0] + best[2]) / 2];
}

function ringToLatLngs(ring: readonly Position[]): LatLngTuple[] {
  return ring.map(([lon = 0, lat = 0]) => [lat, lon]);
}

/** GeoJSON [lon, lat] rings to the nesting Leaflet's Polygon expects. */
export function toLatLngs(geometry: BasemapGeometry): LatLngTuple[][] | LatLngTuple[][][] {
  return geometry.type === 'Polygon'
    ? geometry.coordinates.map(ringToLatLngs)
    : geometry.coordinates.map((polygon) => polygon.map(ringToLatLngs));
}
