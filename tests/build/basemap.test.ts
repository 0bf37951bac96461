import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_MODULE_ID,
  alpha2,
  basemapPlugin,
  clipRing,
  readWorldAtlas,
  simplifyLine,
  toBasemap,
  type CountriesTopology,
} from '../../src/build/basemap.ts';
import { REGION } from '../../src/features/map/region.ts';
import type { Basemap, BasemapFeature } from '../../src/features/map/types.ts';

const basemap = toBasemap(readWorldAtlas());

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

describe('toBasemap on world-atlas countries-110m', () => {
  it.each([
    ['KG', [69.4, 39.1, 80.4, 43.4]],
    ['AZ', [44.7, 38.2, 50.5, 42.0]],
    ['BY', [23.1, 51.2, 32.8, 56.3]],
    ['CN', [73.6, 18.1, 135.1, 53.6]],
  ] as const)('keeps %s once, with its shape where it belongs', (code, [w, s, e, n]) => {
    const found = byCode(basemap, code);
    expect(found).toHaveLength(1);
    const [west, south, east, north] = extent(found[0]!);
    expect(west).toBeGreaterThanOrEqual(w);
    expect(south).toBeGreaterThanOrEqual(s);
    expect(east).toBeLessThanOrEqual(e);
    expect(north).toBeLessThanOrEqual(n);
    // Not collapsed by clipping or simplification: still spans most of its extent.
    expect(east - west).toBeGreaterThan((e - w) * 0.8);
  });

  it('drops countries far from the region', () => {
    const codes = new Set(basemap.features.map((feature) => feature.properties.code));
    for (const far of ['US', 'BR', 'AU', 'AQ', 'ZA', 'CA', 'MX', 'AR', 'GB', 'ES', 'ID']) {
      expect(codes.has(far), far).toBe(false);
    }
    expect(basemap.features.length).toBeGreaterThan(60);
    expect(basemap.features.length).toBeLessThan(120);
  });

  it('uses upper-case alpha-2 codes, or an empty code for shapes Natural Earth gives no id', () => {
    for (const feature of basemap.features) {
      expect(feature.properties).toEqual({ code: expect.stringMatching(/^([A-Z]{2})?$/) });
    }
    // Kosovo, Northern Cyprus and Somaliland are drawn so the map has no holes.
    expect(byCode(basemap, '')).toHaveLength(3);
    const codes = basemap.features.map((feature) => feature.properties.code).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('keeps every coordinate inside the clipped region, rounded to 2 decimals', () => {
    const [w, s, e, n] = REGION;
    for (const feature of basemap.features) {
      for (const ring of rings(feature)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThanOrEqual(w - 1);
          expect(lon).toBeLessThanOrEqual(e + 1);
          expect(lat).toBeGreaterThanOrEqual(s - 1);
          expect(lat).toBeLessThanOrEqual(n + 1);
          expect(Math.abs(lon! * 100 - Math.round(lon! * 100))).toBeLessThan(1e-6);
          expect(Math.abs(lat! * 100 - Math.round(lat! * 100))).toBeLessThan(1e-6);
        }
      }
    }
  });

  it('is small enough to ship', () => {
    const bytes = Buffer.byteLength(JSON.stringify(basemap));
    expect(bytes).toBeLessThan(60 * 1024);
    expect(bytes).toBeGreaterThan(20 * 1024);
  });

  it('copes with missing, unknown and far-away entries in a hand-made topology', () => {
    const topology: CountriesTopology = {
      type: 'Topology',
      arcs: [
        [[74, 40], [76, 40], [76, 42], [74, 42], [74, 40]],
        [[20, 42], [21, 42], [21, 43], [20, 42]],
        [[-100, 30], [-90, 30], [-90, 40], [-100, 30]],
        [[60, 60], [150, 60], [150, 70], [60, 60]],
      ],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: '417', arcs: [[0]], properties: { name: 'Kyrgyzstan' } },
            { type: 'Polygon', arcs: [[1]], properties: { name: 'Kosovo' } },
            { type: 'Polygon', id: '999', arcs: [[1]], properties: { name: 'Nowhere' } },
            { type: 'Polygon', id: '840', arcs: [[2]], properties: { name: 'United States' } },
            { type: 'Polygon', id: '643', arcs: [[3]], properties: { name: 'Russia' } },
            { type: null, id: '010', properties: { name: 'Empty' } },
          ],
        },
      },
    };
    const result = toBasemap(topology, { tolerance: 0 });
    expect(result.features.map((feature) => feature.properties.code)).toEqual(['KG', '', '', 'RU']);
    const [, , east, north] = extent(result.features[3]!);
    expect(east).toBe(REGION[2] + 1);
    expect(north).toBe(REGION[3] + 1);
  });
});

describe('helpers', () => {
  it('maps ISO numeric ids to alpha-2, padding and tolerating junk', () => {
    expect(alpha2('417')).toBe('KG');
    expect(alpha2('031')).toBe('AZ');
    expect(alpha2(31)).toBe('AZ');
    expect(alpha2('112')).toBe('BY');
    expect(alpha2('156')).toBe('CN');
    expect(alpha2(undefined)).toBe('');
    expect(alpha2('-99')).toBe('');
    expect(alpha2({})).toBe('');
  });

  it('clips a ring to the box and leaves inside rings alone', () => {
    const square = [[0, 0], [20, 0], [20, 20], [0, 20], [0, 0]];
    const clipped = clipRing(square, [10, 10, 30, 30]);
    expect(clipped).toHaveLength(4);
    expect(clipped).toEqual(expect.arrayContaining([[10, 10], [20, 10], [20, 20], [10, 20]]));
    expect(clipRing(square, [-5, -5, 25, 25])).toEqual(square.slice(0, -1));
    expect(clipRing(square, [50, 50, 60, 60])).toEqual([]);
  });

  it('simplifies lines but keeps their ends and real corners', () => {
    const line: Array<[number, number]> = [[0, 0], [1, 0.001], [2, 0], [2, 5]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [2, 0], [2, 5]]);
    expect(simplifyLine(line, 0)).toEqual(line);
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
    expect(source).not.toMatch(/import|require|topojson/);
    const expression = source.replace(/^export default /, '').replace(/;\s*$/, '');
    const data: unknown = new Function(`return ${expression}`)();
    expect(data).toEqual(basemap);
  });
});
