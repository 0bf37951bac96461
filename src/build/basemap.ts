/**
 * Build-time only: turns world-atlas' Natural Earth countries into the small
 * TopoJSON the map ships, and serves it as `virtual:bhent/basemap`. The map
 * chunk decodes it (features/map/basemap.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import type { BasemapTopology } from '../features/map/types.ts';
import { simplifyArc, type Point } from './simplify.ts';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

export type BasemapOptions = {
  /** Douglas–Peucker tolerance in degrees for the 1:110m shapes. */
  tolerance?: number;
  /** The same for small countries taken from 1:50m, which would vanish at 1:110m's. */
  smallTolerance?: number;
  /** Size of the quantization grid, in degrees. */
  step?: number;
};

/** Shapes Natural Earth gives no ISO number, but which have a code in use. */
const CODE_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

export function alpha2(numericId: unknown, name?: string): string {
  const code =
    typeof numericId === 'string' || typeof numericId === 'number' ? countries.numericToAlpha2(String(numericId).padStart(3, '0')) : undefined;
  return code ?? (name ? CODE_BY_NAME[name] : undefined) ?? '';
}

type Named = { name?: string };
type Shape = Polygon<Named> | MultiPolygon<Named>;
type Source = { topology: CountriesTopology; shapes: Array<{ code: string; shape: Shape }> };

function isShape(geometry: { type: string | null }): geometry is Shape {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

function shapesOf(topology: CountriesTopology): Source['shapes'] {
  return topology.objects.countries.geometries.filter(isShape).map((shape) => ({ code: alpha2(shape.id, shape.properties?.name), shape }));
}

function absoluteArcs(topology: CountriesTopology): Point[][] {
  const { transform, arcs } = topology;
  if (!transform) return arcs.map((arc) => arc.map(([x = 0, y = 0]): Point => [x, y]));
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]): Point => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function quantize(arc: readonly Point[], step: number): Point[] {
  const out: Point[] = [];
  for (const [lon, lat] of arc) {
    const point: Point = [Math.round((lon + 180) / step), Math.round((lat + 90) / step)];
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) out.push(point);
  }
  if (out.length === 1) out.push([...out[0]!]);
  return out;
}

function deltaEncode(arc: readonly Point[]): Point[] {
  return arc.map(([x, y], i) => (i === 0 ? [x, y] : [x - arc[i - 1]![0], y - arc[i - 1]![1]]));
}

/** Twice the signed area of a ring given as arc indexes into quantized arcs; 0 once it has collapsed. */
function ringArea(ring: readonly number[], arcs: readonly Point[][]): number {
  const points = ring.flatMap((i) => (i < 0 ? [...arcs[~i]!].reverse() : arcs[i]!));
  let twice = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length]!;
    twice += x1 * y2 - x2 * y1;
  });
  return twice;
}

/**
 * Every country: Natural Earth 1:110m, and from 1:50m the small ones 1:110m
 * leaves out (Singapore, Malta, Bahrain, Kiribati…), in one topology with
 * alpha-2 codes as ids. Kept as spherical data: shapes that cross the
 * antimeridian (Fiji, Russia) are made whole in the browser.
 */
export function toTopology(world: CountriesTopology, detail?: CountriesTopology, options: BasemapOptions = {}): BasemapTopology {
  const { tolerance = 0.1, smallTolerance = 0.01, step = 0.05 } = options;
  const main = shapesOf(world);
  const known = new Set(main.map(({ code }) => code).filter(Boolean));
  const extra = detail ? shapesOf(detail).filter(({ code }) => code && !known.has(code)) : [];

  const arcs: Point[][] = [];
  const appendArcs = (topology: CountriesTopology, shapes: Source['shapes'], arcTolerance: number) => {
    const source = absoluteArcs(topology);
    const renumbered = new Map<number, number>();
    const index = (i: number): number => {
      const arc = i < 0 ? ~i : i;
      let to = renumbered.get(arc);
      if (to === undefined) {
        to = arcs.push(quantize(simplifyArc(source[arc]!, arcTolerance), step)) - 1;
        renumbered.set(arc, to);
      }
      return i < 0 ? ~to : to;
    };
    return shapes.map(({ code, shape }) => {
      const polygons = shape.type === 'Polygon' ? [shape.arcs] : shape.arcs;
      return { code, polygons: polygons.map((polygon) => polygon.map((ring) => ring.map(index))) };
    });
  };
  const assembled = [...appendArcs(world, main, tolerance), ...appendArcs(detail ?? world, extra, smallTolerance)];

  const geometries = assembled.flatMap(({ code, polygons }): Array<Polygon | MultiPolygon> => {
    // Rings that quantization flattened would draw nothing; a lost outer ring loses its holes too.
    const kept = polygons.filter((polygon) => polygon[0] && ringArea(polygon[0], arcs) !== 0).map((polygon) => polygon.filter((ring) => ringArea(ring, arcs) !== 0));
    const id = code ? { id: code } : {};
    if (kept.length === 0) return [];
    return kept.length === 1 ? [{ type: 'Polygon', ...id, arcs: kept[0]! }] : [{ type: 'MultiPolygon', ...id, arcs: kept }];
  });
  return {
    type: 'Topology',
    transform: { scale: [step, step], translate: [-180, -90] },
    arcs: arcs.map(deltaEncode),
    objects: { countries: { type: 'GeometryCollection', geometries } },
  };
}

export function readWorldAtlas(scale: '110m' | '50m' = '110m'): CountriesTopology {
  const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
}

/** The basemap the site ships. */
export function worldTopology(): BasemapTopology {
  return toTopology(readWorldAtlas('110m'), readWorldAtlas('50m'));
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
      code ??= `export default JSON.parse(${JSON.stringify(JSON.stringify(worldTopology()))});\n`;
      return code;
    },
  };
}
