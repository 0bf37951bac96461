import { describe, expect, it } from 'vitest';
// Straight from the modules, not index.ts: these helpers must work without Leaflet or a DOM.
import { bboxToBounds, labelPoint, toLatLngs } from '../../../src/features/map/geometry.ts';
import { countryName } from '../../../src/shared/intl.ts';
import { WORLD, countryAt, indexByCode, reportView } from '../../../src/features/map/view.ts';
import { basemap } from './map-props.ts';

const features = indexByCode(basemap);
const venue = { lat: 39.13, lon: 117.2 };
const counterparts = [
  { code: 'kg', meetingId: 'kg', capital: { lat: 42.87, lon: 74.59 } },
  { code: 'AZ', meetingId: 'az', capital: { lat: 40.41, lon: 49.87 } },
  { code: 'BY', meetingId: 'by', capital: { lat: 53.9, lon: 27.57 } },
];

describe('a report map’s view', () => {
  it('gives boxes as Leaflet [[south, west], [north, east]]', () => {
    expect(bboxToBounds([10, 20, 30, 40])).toEqual([
      [20, 10],
      [40, 30],
    ]);
  });

  it('frames the whole story: Belarus in the west to Tianjin and China in the east, centred between them', () => {
    const { overview, focus, centre } = reportView({ features, ownCode: 'cn', venues: [venue], counterparts, selected: null });
    const [west, south, east, north] = overview;
    expect(focus).toEqual(overview);
    expect(west).toBeLessThan(23.3);
    expect(north).toBeGreaterThan(56);
    expect(east).toBeGreaterThan(134);
    expect(south).toBeLessThan(19);
    expect(east - west).toBeLessThan(120);
    expect(centre).toBeCloseTo((west + east) / 2, 6);
  });

  it('frames just the selected country, whatever the case of its code, in the same world', () => {
    const all = reportView({ features, ownCode: 'CN', venues: [venue], counterparts, selected: null });
    const kg = reportView({ features, ownCode: 'CN', venues: [venue], counterparts, selected: 'kg' });
    expect(kg.focus.map(Math.round)).toEqual([69, 39, 80, 43]);
    expect(kg.centre).toBe(all.centre);
    expect(kg.overview).toEqual(all.overview);
  });

  it('frames a selected country met with no shape by its capital', () => {
    const tuvalu = { code: 'TV', meetingId: 'tv', capital: { lat: -8.52, lon: 179.2 } };
    const { focus } = reportView({ features, ownCode: 'CN', venues: [venue], counterparts: [...counterparts, tuvalu], selected: 'tv' });
    expect(focus).toEqual([179.2, -8.52, 179.2, -8.52]);
  });

  it('falls back to the overview for an unknown selection, to what is known with no shapes, and to the world with nothing', () => {
    const overview = reportView({ features, ownCode: 'CN', venues: [venue], counterparts, selected: null });
    expect(reportView({ features, ownCode: 'CN', venues: [venue], counterparts, selected: 'xx' })).toEqual(overview);
    expect(reportView({ features: new Map(), ownCode: 'CN', venues: [venue], counterparts: [], selected: null }).focus).toEqual([venue.lon, venue.lat, venue.lon, venue.lat]);
    expect(reportView({ features: new Map(), ownCode: 'XX', venues: [], counterparts: [], selected: null }).focus).toEqual(WORLD);
  });

  it('tells which participant a venue lies in, a coastal city or an island just off its outline included, and none for a third country', () => {
    const at = (lat: number, lon: number, codes: string[]) => countryAt(features, { lat, lon }, codes);
    expect(at(39.08, 117.2, ['CN', 'KG', 'AZ', 'BY'])).toBe('CN'); // Tianjin
    expect(at(35.69, 139.69, ['cn', 'jp'])).toBe('JP'); // Tokyo, on its bay
    expect(at(24.45, 54.38, ['AE', 'PH'])).toBe('AE'); // Abu Dhabi, an island
    expect(at(-8.65, 115.2, ['ID', 'AU'])).toBe('ID'); // Bali, just off the simplified outline
    expect(at(-18.14, 178.44, ['CN', 'FJ'])).toBe('FJ'); // Suva, by the antimeridian
    expect(at(28.61, 77.21, ['CN', 'US'])).toBeNull(); // New Delhi: neither side's
    expect(at(-26.2, 28.04, ['BR', 'VA'])).toBeNull(); // a country with no shape holds nothing
  });

  it('pins labels on the mainland, not on the first island in the data', () => {
    const [lat, lon] = labelPoint(features.get('CN')!.geometry);
    expect(lat).toBeGreaterThan(30);
    expect(lon).toBeGreaterThan(95);
    expect(lon).toBeLessThan(110);
  });

  it('swaps GeoJSON [lon, lat] into Leaflet [lat, lon], one list of polygons', () => {
    const belarus = features.get('BY')!;
    const polygons = toLatLngs(belarus.geometry);
    const ring = belarus.geometry.type === 'Polygon' ? belarus.geometry.coordinates[0]! : belarus.geometry.coordinates[0]![0]!;
    expect(polygons[0]![0]![0]).toEqual([...ring[0]!].reverse());
  });

  it('names countries in either language and never throws on odd codes', () => {
    expect(countryName('kg', 'en')).toBe('Kyrgyzstan');
    expect(countryName('BY', 'hi')).toBe(new Intl.DisplayNames(['hi-IN'], { type: 'region' }).of('BY'));
    expect(countryName('', 'en')).toBe('');
    expect(countryName('not a code', 'en')).toBe('NOT A CODE');
  });
});
