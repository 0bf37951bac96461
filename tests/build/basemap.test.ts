import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_MODULE_ID, alpha2, basemapPlugin, readWorldAtlas, toTopology, worldTopology, type CountriesTopology } from '../../src/build/basemap.ts';
import { simplifyArc, simplifyLine } from '../../src/build/simplify.ts';
import { decodeBasemap } from '../../src/features/map/decode.ts';
import type { Basemap, BasemapFeature } from '../../src/features/map/types.ts';

const topology = worldTopology();
const basemap = decodeBasemap(topology);

function byCode(map: Basemap, code: string): BasemapFeature[] {
  return map.features.filter((feature) => feature.properties.code === code);
}

function rings(feature: BasemapFeature): Position[][] {
  return feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

function extent(feature: BasemapFeature): [number, number, number, number] {
  const points = rings(feature).flat();
  const lons = points.map(([lon]) => lon!);
  const lats = points.map(([, lat]) => lat!);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

describe('the world basemap from world-atlas', () => {
  it.each([
    ['KG', [69.2, 39.1, 80.4, 43.4]],
    ['AZ', [44.7, 38.2, 50.5, 42.0]],
    ['BY', [23.1, 51.2, 32.8, 56.3]],
    ['CN', [73.6, 18.1, 135.1, 53.6]],
    ['BR', [-74.1, -33.8, -34.7, 5.3]],
    ['KE', [33.8, -4.8, 42.0, 5.6]],
  ] as const)('keeps %s once, with its shape where it belongs', (code, [w, s, e, n]) => {
    const found = byCode(basemap, code);
    expect(found).toHaveLength(1);
    const [west, south, east, north] = extent(found[0]!);
    expect(west).toBeGreaterThanOrEqual(w);
    expect(south).toBeGreaterThanOrEqual(s);
    expect(east).toBeLessThanOrEqual(e);
    expect(north).toBeLessThanOrEqual(n);
    // Not collapsed by quantization or simplification: still spans most of its extent.
    expect(east - west).toBeGreaterThan((e - w) * 0.9);
  });

  it('has every country of the 1:110m data, and the small ones it leaves out from 1:50m', () => {
    const codes = new Set(basemap.features.map((feature) => feature.properties.code));
    for (const code of ['US', 'BR', 'AU', 'AQ', 'ZA', 'CA', 'MX', 'FJ', 'RU', 'NZ', 'GB', 'ID', 'XK', 'TW']) expect(codes.has(code), code).toBe(true);
    for (const code of ['SG', 'MT', 'BH', 'KI', 'MV', 'WS', 'TO', 'MU', 'AD', 'LI']) expect(codes.has(code), code).toBe(true);
    expect(basemap.features.length).toBeGreaterThan(220);
  });

  it('uses upper-case alpha-2 codes, once each, or an empty code for shapes without one', () => {
    for (const feature of basemap.features) {
      expect(feature.properties).toEqual({ code: expect.stringMatching(/^([A-Z]{2})?$/) });
    }
    // Northern Cyprus and Somaliland are drawn so the map has no holes.
    expect(byCode(basemap, '')).toHaveLength(2);
    const codes = basemap.features.map((feature) => feature.properties.code).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('ships quantized, delta-encoded arcs on a 0.05° grid', () => {
    expect(topology.transform).toEqual({ scale: [0.05, 0.05], translate: [-180, -90] });
    for (const arc of topology.arcs) {
      expect(arc.length).toBeGreaterThanOrEqual(2);
      for (const position of arc) for (const value of position) expect(Number.isInteger(value)).toBe(true);
    }
  });

  it('draws closed rings with area', () => {
    for (const feature of basemap.features) {
      for (const ring of rings(feature)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it('is small enough to ship', () => {
    const gzip = gzipSync(JSON.stringify(topology), { level: 9 }).length;
    expect(gzip).toBeLessThan(25_000);
    expect(gzip).toBeGreaterThan(15_000);
  });

  it('copes with missing, unknown and duplicate entries in hand-made topologies', () => {
    const square = (x: number, y: number, size = 1) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
    const world: CountriesTopology = {
      type: 'Topology',
      arcs: [square(74, 40, 2), square(20, 42), square(-100, 30, 10), square(0, 0, 0.001)],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: '417', arcs: [[0]], properties: { name: 'Kyrgyzstan' } },
            { type: 'Polygon', arcs: [[1]], properties: { name: 'Kosovo' } },
            { type: 'Polygon', id: '999', arcs: [[1]], properties: { name: 'Nowhere' } },
            { type: 'Polygon', id: '840', arcs: [[2]], properties: { name: 'United States' } },
            { type: 'Polygon', id: '492', arcs: [[3]], properties: { name: 'Too small to see' } },
            { type: null, id: '010', properties: { name: 'Empty' } },
          ],
        },
      },
    };
    const detail: CountriesTopology = {
      type: 'Topology',
      arcs: [square(103.6, 1.2, 0.4), square(75, 41, 1)],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: '702', arcs: [[0]], properties: { name: 'Singapore' } },
            { type: 'Polygon', id: '417', arcs: [[1]], properties: { name: 'Kyrgyzstan again' } },
          ],
        },
      },
    };
    const result = toTopology(world, detail, { tolerance: 0 });
    // Monaco's speck vanishes on the grid; Singapore comes from the detail; Kyrgyzstan only once.
    expect(result.objects.countries.geometries.map((geometry) => geometry.id ?? '')).toEqual(['KG', 'XK', '', 'US', 'SG']);
    const singapore = decodeBasemap(result).features.at(-1)!;
    expect(extent(singapore).map((degrees) => Math.round(degrees * 100) / 100)).toEqual([103.6, 1.2, 104, 1.6]);
  });
});

describe('helpers', () => {
  it('maps ISO numeric ids to alpha-2, padding and tolerating junk, and Kosovo by name', () => {
    expect(alpha2('417')).toBe('KG');
    expect(alpha2('031')).toBe('AZ');
    expect(alpha2(31)).toBe('AZ');
    expect(alpha2('242')).toBe('FJ');
    expect(alpha2(undefined, 'Kosovo')).toBe('XK');
    expect(alpha2(undefined, 'Somaliland')).toBe('');
    expect(alpha2('-99')).toBe('');
    expect(alpha2({})).toBe('');
  });

  it('simplifies lines but keeps their ends and real corners', () => {
    const line: Array<[number, number]> = [[0, 0], [1, 0.001], [2, 0], [2, 5]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [2, 0], [2, 5]]);
    expect(simplifyLine(line, 0)).toEqual(line);
  });

  it('keeps an island below the tolerance as a triangle, never a line', () => {
    const island: Array<[number, number]> = [[0, 0], [0.01, 0], [0.02, 0.01], [0.01, 0.02], [0, 0.01], [0, 0]];
    const simplified = simplifyArc(island, 1);
    expect(simplified).toHaveLength(4);
    expect(simplified[0]).toEqual(simplified[3]);
    expect(new Set(simplified.map(String)).size).toBe(3);
  });
});

describe('basemapPlugin', () => {
  type Hook = (this: unknown, id: string) => unknown;
  const plugin = basemapPlugin();
  const resolveId = plugin.resolveId as Hook;
  const load = plugin.load as Hook;

  it('resolves only its virtual id', () => {
    expect(resolveId.call({}, BASEMAP_MODULE_ID)).toBe('\0virtual:bhent/basemap');
    expect(resolveId.call({}, 'virtual:other')).toBeNull();
    expect(load.call({}, '/src/main.tsx')).toBeNull();
  });

  it('loads the basemap as data only', () => {
    const code = load.call({}, '\0virtual:bhent/basemap');
    expect(typeof code).toBe('string');
    const source = code as string;
    expect(source.startsWith('export default JSON.parse(')).toBe(true);
    expect(source).not.toMatch(/import|require|topojson-client/);
    const expression = source.replace(/^export default /, '').replace(/;\s*$/, '');
    const data: unknown = new Function(`return ${expression}`)();
    expect(data).toEqual(topology);
  });

  it('reads both scales of world-atlas', () => {
    expect(readWorldAtlas('110m').objects.countries.geometries.length).toBeLessThan(readWorldAtlas('50m').objects.countries.geometries.length);
  });
});
