/**
 * Build-time only: turns world-atlas' Natural Earth 1:110m countries into the
 * small GeoJSON the map draws, and serves it as `virtual:bhent/basemap`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { REGION } from '../features/map/region.ts';
import type { Basemap, BasemapFeature, BasemapGeometry, Bbox } from '../features/map/types.ts';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

export type BasemapOptions = {
  /** The area the map may show; shapes are clipped a little outside it. */
  region?: Bbox;
  /** Degrees added around `region` so clip edges stay out of sight. */
  margin?: number;
  decimals?: number;
  /**
   * Douglas–Peucker tolerance in degrees, applied to the shared arcs before
   * the countries are assembled, so neighbours keep identical borders.
   */
  tolerance?: number;
};

/** ISO 3166-1 numeric → alpha-2 for every country that reaches the region. */
const ALPHA2: Readonly<Record<string, string>> = {
  '004': 'AF', '008': 'AL', '012': 'DZ', '031': 'AZ', '040': 'AT', '050': 'BD', '051': 'AM',
  '056': 'BE', '064': 'BT', '070': 'BA', '100': 'BG', '104': 'MM', '112': 'BY', '116': 'KH',
  '120': 'CM', '140': 'CF', '144': 'LK', '148': 'TD', '156': 'CN', '158': 'TW', '191': 'HR',
  '196': 'CY', '203': 'CZ', '208': 'DK', '231': 'ET', '232': 'ER', '233': 'EE', '246': 'FI',
  '250': 'FR', '262': 'DJ', '268': 'GE', '275': 'PS', '276': 'DE', '300': 'GR', '348': 'HU',
  '356': 'IN', '364': 'IR', '368': 'IQ', '376': 'IL', '380': 'IT', '392': 'JP', '398': 'KZ',
  '400': 'JO', '408': 'KP', '410': 'KR', '414': 'KW', '417': 'KG', '418': 'LA', '422': 'LB',
  '428': 'LV', '434': 'LY', '440': 'LT', '442': 'LU', '496': 'MN', '498': 'MD', '499': 'ME',
  '512': 'OM', '524': 'NP', '528': 'NL', '562': 'NE', '566': 'NG', '578': 'NO', '586': 'PK',
  '608': 'PH', '616': 'PL', '634': 'QA', '642': 'RO', '643': 'RU', '682': 'SA', '688': 'RS',
  '703': 'SK', '704': 'VN', '705': 'SI', '706': 'SO', '728': 'SS', '729': 'SD', '752': 'SE',
  '756': 'CH', '760': 'SY', '762': 'TJ', '764': 'TH', '784': 'AE', '788': 'TN', '792': 'TR',
  '795': 'TM', '804': 'UA', '807': 'MK', '818': 'EG', '860': 'UZ', '887': 'YE',
};

export function alpha2(numericId: unknown): string {
  return typeof numericId === 'string' || typeof numericId === 'number'
    ? (ALPHA2[String(numericId).padStart(3, '0')] ?? '')
    : '';
}

type Point = [number, number];

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function simplifyLine(line: readonly Point[], tolerance: number): Point[] {
  if (line.length <= 2 || tolerance <= 0) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const distance = distanceToSegment(line[i]!, line[from]!, line[to]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([from, farthest], [farthest, to]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** Absolute coordinates for every arc, simplified; the topology's own arcs are delta-encoded. */
function simplifyArcs(topology: CountriesTopology, tolerance: number): CountriesTopology {
  const { transform, ...rest } = topology;
  const arcs = rest.arcs.map((arc) => {
    if (!transform) return simplifyLine(arc.map(([x = 0, y = 0]): Point => [x, y]), tolerance);
    const [sx, sy] = transform.scale;
    const [tx, ty] = transform.translate;
    let x = 0;
    let y = 0;
    const absolute = arc.map(([dx = 0, dy = 0]): Point => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
    return simplifyLine(absolute, tolerance);
  });
  return { ...rest, arcs };
}

/** Sutherland–Hodgman against one side of the box; `inside` and `cross` describe that side. */
function clipSide(ring: Point[], inside: (p: Point) => boolean, cross: (a: Point, b: Point) => Point): Point[] {
  const out: Point[] = [];
  ring.forEach((current, i) => {
    const previous = ring[(i + ring.length - 1) % ring.length] as Point;
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  });
  return out;
}

function atLon(lon: number) {
  return ([x1, y1]: Point, [x2, y2]: Point): Point => [lon, y1 + ((lon - x1) * (y2 - y1)) / (x2 - x1)];
}

function atLat(lat: number) {
  return ([x1, y1]: Point, [x2, y2]: Point): Point => [x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1), lat];
}

/** Clips a closed ring to the box; returns the open ring (no repeated first point). */
export function clipRing(ring: readonly Position[], [west, south, east, north]: Bbox): Point[] {
  let open: Point[] = ring.map(([x = NaN, y = NaN]) => [x, y]);
  const first = open[0];
  const last = open[open.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) open = open.slice(0, -1);
  open = clipSide(open, ([x]) => x >= west, atLon(west));
  open = clipSide(open, ([x]) => x <= east, atLon(east));
  open = clipSide(open, ([, y]) => y >= south, atLat(south));
  open = clipSide(open, ([, y]) => y <= north, atLat(north));
  return open;
}

function signedArea(ring: readonly Point[]): number {
  let twice = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    twice += x1 * y2 - x2 * y1;
  });
  return twice / 2;
}

/** Rounded, de-duplicated and closed again; null once nothing with area is left. */
function compactRing(open: readonly Point[], decimals: number): Point[] | null {
  const scale = 10 ** decimals;
  const round = (v: number) => Math.round(v * scale) / scale;
  const kept: Point[] = [];
  for (const [x, y] of open) {
    const point: Point = [round(x), round(y)];
    const previous = kept[kept.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) kept.push(point);
  }
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (kept.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) kept.pop();
  if (kept.length < 3 || signedArea(kept) === 0) return null;
  return [...kept, [kept[0]![0], kept[0]![1]]];
}

function compactGeometry(geometry: BasemapGeometry, box: Bbox, decimals: number): BasemapGeometry | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Point[][][] = [];
  for (const [outer, ...holes] of polygons) {
    const shell = outer ? compactRing(clipRing(outer, box), decimals) : null;
    if (!shell) continue;
    const keptHoles = holes.flatMap((hole) => {
      const ring = compactRing(clipRing(hole, box), decimals);
      return ring ? [ring] : [];
    });
    kept.push([shell, ...keptHoles]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/**
 * Countries reaching into `region`, clipped to it (plus `margin`), with ISO
 * alpha-2 codes and rounded coordinates. Shapes without a numeric id
 * (Kosovo, N. Cyprus, Somaliland) are kept with code '' so the map has no
 * holes.
 */
export function toBasemap(topology: CountriesTopology, options: BasemapOptions = {}): Basemap {
  const { region = REGION, margin = 1, decimals = 2, tolerance = 0.03 } = options;
  const box: Bbox = [region[0] - margin, region[1] - margin, region[2] + margin, region[3] + margin];
  const simplified = simplifyArcs(topology, tolerance);
  const countries = feature(simplified, simplified.objects.countries);
  const features: BasemapFeature[] = [];
  for (const country of countries.features) {
    const { geometry } = country;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const clipped = compactGeometry(geometry, box, decimals);
    if (clipped) features.push({ type: 'Feature', properties: { code: alpha2(country.id) }, geometry: clipped });
  }
  return { type: 'FeatureCollection', features };
}

export function readWorldAtlas(): CountriesTopology {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  return JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
}

export const BASEMAP_MODULE_ID = 'virtual:bhent/basemap';
const RESOLVED_BASEMAP_ID = `\0${BASEMAP_MODULE_ID}`;

/** Serves the basemap as data; the converter never reaches the bundle. */
export function basemapPlugin(): Plugin {
  let code: string | undefined;
  return {
    name: 'bhent:basemap',
    resolveId(id) {
      return id === BASEMAP_MODULE_ID ? RESOLVED_BASEMAP_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_BASEMAP_ID) return null;
      // JSON.parse of a string literal parses faster than the same object literal.
      code ??= `export default JSON.parse(${JSON.stringify(JSON.stringify(toBasemap(readWorldAtlas())))});\n`;
      return code;
    },
  };
}
