import type { Position } from 'geojson';
import { coverLongitudes, wrapShift, type Interval } from './longitudes.ts';
import type { BasemapGeometry } from './types.ts';

type Ring = Position[];
type PolygonRings = Ring[];

function lonExtent(ring: readonly Position[]): Interval {
  let west = Infinity;
  let east = -Infinity;
  for (const [lon = NaN] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [west, east];
}

function shiftRing(ring: readonly Position[], shift: number): Ring {
  return shift === 0 ? [...ring] : ring.map(([lon = 0, lat = 0]) => [lon + shift, lat]);
}

/**
 * A ring with continuous longitudes: a step of more than 180° between two
 * points is a crossing of the antimeridian. A ring that then ends a whole
 * turn from where it began goes round a pole (Antarctica) and is closed
 * along it.
 */
export function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let shift = 0;
  let previous: number | undefined;
  let latSum = 0;
  for (const [lon = 0, lat = 0] of ring) {
    if (previous !== undefined) {
      if (lon + shift - previous > 180) shift -= 360;
      else if (previous - (lon + shift) > 180) shift += 360;
    }
    previous = lon + shift;
    latSum += lat;
    out.push([lon + shift, lat]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && Math.abs(last[0]! - first[0]!) > 180) {
    const pole = latSum < 0 ? -90 : 90;
    out.push([last[0]!, pole], [first[0]!, pole], [first[0]!, first[1]!]);
  }
  return out;
}

function polygonsOf(geometry: BasemapGeometry): PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function toGeometry(polygons: PolygonRings[]): BasemapGeometry {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Each part of a country whole, and its parts side by side rather than on
 * both edges of the world: Fiji spans 177°E to 180.2°E, Russia 19°E to 191°E.
 */
export function unwrapGeometry(geometry: BasemapGeometry): BasemapGeometry {
  const parts = polygonsOf(geometry).flatMap(([outer, ...holes]): PolygonRings[] => {
    if (!outer) return [];
    const shell = unwrapRing(outer);
    const [west, east] = lonExtent(shell);
    const centre = (west + east) / 2;
    return [[shell, ...holes.map((hole) => unwrapRing(hole)).map((hole) => shiftRing(hole, wrapShift(lonExtent(hole)[0], centre)))]];
  });
  const cover = coverLongitudes(parts.map(([outer]) => lonExtent(outer!)));
  if (!cover) return toGeometry(parts);
  // Every part, moved by whole turns, starts inside the cover.
  const gathered = parts.map((rings) => {
    const shift = wrapShift(lonExtent(rings[0]!)[0], cover[0] + 180);
    return rings.map((ring) => shiftRing(ring, shift));
  });
  return toGeometry(gathered);
}

/** Sutherland–Hodgman against a meridian: what lies west (or east) of `lon`, as a closed ring. */
function clipAtMeridian(ring: readonly Position[], lon: number, keepWest: boolean): Ring {
  const open = ring.slice(0, -1);
  const inside = ([x = 0]: Position) => (keepWest ? x <= lon : x >= lon);
  const out: Ring = [];
  open.forEach((current, i) => {
    const previous = open[(i + open.length - 1) % open.length]!;
    const [x1 = 0, y1 = 0] = previous;
    const [x2 = 0, y2 = 0] = current;
    const crossing: Position = [lon, y1 + ((lon - x1) * (y2 - y1)) / (x2 - x1)];
    if (inside(current)) {
      if (!inside(previous)) out.push(crossing);
      out.push(current);
    } else if (inside(previous)) {
      out.push(crossing);
    }
  });
  return out.length >= 3 ? [...out, out[0]!] : [];
}

function clipPolygon(polygon: PolygonRings, lon: number, keepWest: boolean, shift: number): PolygonRings | null {
  const [outer, ...holes] = polygon.map((ring) => shiftRing(clipAtMeridian(ring, lon, keepWest), shift));
  if (!outer || outer.length === 0) return null;
  return [outer, ...holes.filter((hole) => hole.length > 0)];
}

/**
 * A country drawn in the world centred on `centre`: each part moved by whole
 * turns to sit in [centre − 180, centre + 180], and cut at those edges where
 * it crosses them, the cut-off piece drawn at the other edge.
 */
export function wrapGeometry(geometry: BasemapGeometry, centre: number): BasemapGeometry {
  const westEdge = centre - 180;
  const eastEdge = centre + 180;
  const polygons = polygonsOf(geometry).flatMap((polygon): PolygonRings[] => {
    const outer = polygon[0];
    if (!outer) return [];
    const [west, east] = lonExtent(outer);
    const shift = wrapShift((west + east) / 2, centre);
    const placed = polygon.map((ring) => shiftRing(ring, shift));
    if (west + shift >= westEdge && east + shift <= eastEdge) return [placed];
    const pieces = [
      clipPolygon(clipPolygon(placed, westEdge, false, 0) ?? [], eastEdge, true, 0),
      east + shift > eastEdge ? clipPolygon(placed, eastEdge, false, -360) : null,
      west + shift < westEdge ? clipPolygon(placed, westEdge, true, 360) : null,
    ];
    return pieces.filter((piece): piece is PolygonRings => piece !== null);
  });
  return toGeometry(polygons);
}
