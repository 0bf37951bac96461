import { describe, expect, it } from 'vitest';
import { readWorldAtlas, toBasemap } from '../../../src/build/basemap.ts';
// Straight from the modules, not index.ts: these helpers must work without Leaflet or a DOM.
import { featureBounds, labelPoint, toLatLngs } from '../../../src/features/map/geometry.ts';
import { countryName } from '../../../src/shared/intl.ts';
import { REGION, regionBounds } from '../../../src/features/map/region.ts';
import { indexByCode, viewBbox } from '../../../src/features/map/view.ts';

const features = indexByCode(toBasemap(readWorldAtlas()));
const venue = { lat: 39.13, lon: 117.2 };
const visitors = [
  { code: 'kg', meetingId: 'kg', capital: { lat: 42.87, lon: 74.59 } },
  { code: 'AZ', meetingId: 'az', capital: { lat: 40.41, lon: 49.87 } },
  { code: 'BY', meetingId: 'by', capital: { lat: 53.9, lon: 27.57 } },
];

describe('map helpers', () => {
  it('gives the region as Leaflet [[south, west], [north, east]]', () => {
    expect(regionBounds()).toEqual([
      [REGION[1], REGION[0]],
      [REGION[3], REGION[2]],
    ]);
  });

  it('frames the whole story: Belarus in the west to Tianjin and China in the east', () => {
    const [west, south, east, north] = viewBbox({ features, hostCode: 'cn', venue, visitors, selected: null });
    expect(west).toBeLessThan(23.3);
    expect(north).toBeGreaterThan(56);
    expect(east).toBeGreaterThan(134);
    expect(south).toBeLessThan(19);
    // Inside the region, so the zoom floor can still show all of it.
    expect(west).toBeGreaterThan(REGION[0]);
    expect(east).toBeLessThan(REGION[2]);
  });

  it('frames just the selected country, whatever the case of its code', () => {
    const [west, south, east, north] = viewBbox({ features, hostCode: 'CN', venue, visitors, selected: 'kg' });
    expect([west, south, east, north].map(Math.round)).toEqual([69, 39, 80, 43]);
  });

  it('falls back to the overview for an unknown selection, and to the region with no data', () => {
    const overview = viewBbox({ features, hostCode: 'CN', venue, visitors, selected: null });
    expect(viewBbox({ features, hostCode: 'CN', venue, visitors, selected: 'xx' })).toEqual(overview);
    expect(viewBbox({ features: new Map(), hostCode: 'CN', venue, visitors: [], selected: null })).toEqual([
      venue.lon,
      venue.lat,
      venue.lon,
      venue.lat,
    ]);
  });

  it('pins labels on the mainland, not on the first island in the data', () => {
    const [lat, lon] = labelPoint(features.get('CN')!.geometry);
    expect(lat).toBeGreaterThan(30);
    expect(lon).toBeGreaterThan(95);
    expect(lon).toBeLessThan(110);
  });

  it('measures a feature and swaps GeoJSON [lon, lat] into Leaflet [lat, lon]', () => {
    const belarus = features.get('BY')!;
    expect(featureBounds(belarus)!.flat().map((degrees) => Math.round(degrees ?? NaN))).toEqual([51, 23, 56, 33]);
    const rings = toLatLngs(belarus.geometry) as Array<Array<[number, number]>>;
    expect(rings[0]![0]).toEqual([...(belarus.geometry.coordinates[0]![0] as number[])].reverse());
  });

  it('names countries in either language and never throws on odd codes', () => {
    expect(countryName('kg', 'en')).toBe('Kyrgyzstan');
    expect(countryName('BY', 'hi')).toBe(new Intl.DisplayNames(['hi-IN'], { type: 'region' }).of('BY'));
    expect(countryName('', 'en')).toBe('');
    expect(countryName('not a code', 'en')).toBe('NOT A CODE');
  });
});
