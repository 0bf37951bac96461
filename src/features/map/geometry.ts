import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';
import type { Position } from 'geojson';
import type { BasemapGeometry, Bbox } from './types.ts';

export function polygonsOf(geometry: BasemapGeometry): Position[][][] {
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

/** Boxes in one continuous run of longitudes (see longitudes.ts for boxes on both sides of the seam). */
export function unionBbox(boxes: Iterable<Bbox>): Bbox | null {
  let union: Bbox | null = null;
  for (const [w, s, e, n] of boxes) {
    union = union
      ? [Math.min(union[0], w), Math.min(union[1], s), Math.max(union[2], e), Math.max(union[3], n)]
      : [w, s, e, n];
  }
  return union;
}

function partBoxes(geometry: BasemapGeometry): Bbox[] {
  return polygonsOf(geometry).flatMap((polygon) => (polygon[0] ? [ringBbox(polygon[0])] : []));
}

function area([w, s, e, n]: Bbox): number {
  return (e - w) * (n - s);
}

/** Holes lie inside their outer ring, so outer rings alone give the extent. */
export function geometryBbox(geometry: BasemapGeometry): Bbox | null {
  return unionBbox(partBoxes(geometry));
}

/** Degrees between two boxes, along whichever axis they are further apart; 0 when they touch. */
function gap(a: Bbox, b: Bbox): number {
  return Math.max(0, b[0] - a[2], a[0] - b[2], b[1] - a[3], a[1] - b[3]);
}

/**
 * What a camera frames for a country: its largest part and the parts near
 * it, one after another, but not a territory across an ocean (French Guiana
 * for France). Expects a geometry whose parts are gathered (antimeridian.ts).
 */
export function frameBbox(geometry: BasemapGeometry): Bbox | null {
  const boxes = partBoxes(geometry).sort((a, b) => area(b) - area(a));
  let frame = boxes.shift();
  if (!frame) return null;
  const reach = Math.max(15, 0.5 * Math.max(frame[2] - frame[0], frame[3] - frame[1]));
  for (let added = true; added; ) {
    added = false;
    for (const [i, box] of boxes.entries()) {
      if (gap(frame, box) > reach) continue;
      frame = unionBbox([frame, box])!;
      boxes.splice(i, 1);
      added = true;
      break;
    }
  }
  return frame;
}

export function pointBbox(lat: number, lon: number): Bbox {
  return [lon, lat, lon, lat];
}

export function bboxToBounds([west, south, east, north]: Bbox): LatLngBoundsLiteral {
  return [
    [south, west],
    [north, east],
  ];
}

/** The extent of a country's largest part: Viti Levu for Fiji, Kiritimati for Kiribati. */
export function largestPartBbox(geometry: BasemapGeometry): Bbox | null {
  return partBoxes(geometry).reduce<Bbox | null>((found, box) => (!found || area(box) > area(found) ? box : found), null);
}

/**
 * Where to pin a label: the centre of the largest part's extent. Leaflet's
 * own getCenter() uses the first part, which for China is Hainan.
 */
export function labelPoint(geometry: BasemapGeometry): LatLngTuple {
  const best = largestPartBbox(geometry);
  if (!best) return [0, 0];
  return [(best[1] + best[3]) / 2, (best[0] + best[2]) / 2];
}

function ringToLatLngs(ring: readonly Position[]): LatLngTuple[] {
  return ring.map(([lon = 0, lat = 0]) => [lat, lon]);
}

/** GeoJSON [lon, lat] rings to the nesting Leaflet's Polygon expects: one list of polygons. */
export function toLatLngs(geometry: BasemapGeometry): LatLngTuple[][][] {
  return polygonsOf(geometry).map((polygon) => polygon.map(ringToLatLngs));
}

/**
 * A shape a reader could miss in the overview (Fiji on a map of the world,
 * Singapore on any, Kiribati's atolls): its largest part under a fiftieth
 * of the overview's width each way, and under a degree always. The map adds
 * a pin to it (CounterpartPin).
 */
export function isSpeck(geometry: BasemapGeometry, overview: Bbox): boolean {
  const box = largestPartBbox(geometry);
  if (!box) return true;
  const [west, south, east, north] = box;
  const least = Math.max(1, (overview[2] - overview[0]) / 50);
  return east - west < least && north - south < least;
}

/** Whether a point lies inside a ring (even-odd rule), longitudes as given. */
function inRing(ring: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Degrees from a point to the nearest edge of a ring. */
function ringDistance(ring: readonly Position[], lon: number, lat: number): number {
  let least = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i - 1]!;
    const [bx = 0, by = 0] = ring[i]!;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((lon - ax) * dx + (lat - ay) * dy) / (dx * dx + dy * dy || 1)));
    least = Math.min(least, Math.hypot(lon - ax - t * dx, lat - ay - t * dy));
  }
  return least;
}

/**
 * How far a point lies from a country, in degrees: 0 inside it. The shapes
 * are simplified, so a city on a coast or an island may fall just outside
 * its country's outline. Either side of the antimeridian.
 */
export function distanceTo(geometry: BasemapGeometry, { lat, lon }: { lat: number; lon: number }): number {
  let least = Infinity;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    if (!outer) continue;
    for (const x of [lon, lon - 360, lon + 360]) {
      if (inRing(outer, x, lat) && !holes.some((hole) => inRing(hole, x, lat))) return 0;
      least = Math.min(least, ringDistance(outer, x, lat));
    }
  }
  return least;
}
