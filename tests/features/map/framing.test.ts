import { describe, expect, it } from 'vitest';
import { unwrapRing, wrapGeometry } from '../../../src/features/map/antimeridian.ts';
import { frameBbox, geometryBbox, polygonsOf } from '../../../src/features/map/geometry.ts';
import { coverLongitudes, wrapShift } from '../../../src/features/map/longitudes.ts';
import type { Bbox } from '../../../src/features/map/types.ts';
import { atlasView, countryBox, coverBoxes, frameView, indexByCode, intoWorld, WORLD } from '../../../src/features/map/view.ts';
import { basemap } from './map-props.ts';

const features = indexByCode(basemap);
const frame = (code: string): Bbox => countryBox(features, code)!;
const width = ([west, , east]: Bbox) => east - west;

describe('longitudes on a circle', () => {
  it('brings a longitude into the world around a centre', () => {
    expect(wrapShift(-179, 178)).toBe(360);
    expect(wrapShift(179, -178)).toBe(-360);
    expect(wrapShift(10, 0)).toBe(0);
    expect(wrapShift(180, 0)).toBe(-360);
  });

  it('covers intervals by the shortest arc, on whichever side of the antimeridian', () => {
    expect(coverLongitudes([])).toBeNull();
    expect(coverLongitudes([[10, 20]])).toEqual([10, 20]);
    expect(coverLongitudes([[10, 20], [30, 40]])).toEqual([10, 40]);
    // Fiji and Samoa: 12° across the antimeridian, not 350° round the other way; its middle lies in [-180, 180).
    expect(coverLongitudes([[177, 180], [-172, -171]])).toEqual([-183, -171]);
    expect(coverLongitudes([[-180, 180]])).toEqual([-180, 180]);
  });
});

describe('countries that cross the antimeridian', () => {
  it('makes a ring that crosses it continuous', () => {
    expect(unwrapRing([[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]])).toEqual([[179, 0], [181, 0], [181, 1], [179, 1], [179, 0]]);
  });

  it('closes a ring round the pole along it', () => {
    const ring = unwrapRing([[-180, -70], [-60, -65], [60, -68], [179.9, -70], [-180, -70]]);
    expect(ring.at(-1)).toEqual(ring[0]);
    expect(ring.some(([, lat]) => lat === -90)).toBe(true);
    expect(geometryBbox({ type: 'Polygon', coordinates: [ring] })![2] - geometryBbox({ type: 'Polygon', coordinates: [ring] })![0]).toBeCloseTo(360, 0);
  });

  it('keeps Fiji in one piece, a few degrees wide', () => {
    const fiji = frame('FJ');
    expect(width(fiji)).toBeLessThan(20);
    expect(fiji[0]).toBeGreaterThan(176);
    expect(fiji[2]).toBeGreaterThan(180);
    expect(fiji[2]).toBeLessThan(183);
  });

  it('keeps Russia from Kaliningrad to Chukotka, not round the world the other way', () => {
    const russia = frame('RU');
    expect(russia[0]).toBeGreaterThan(19);
    expect(russia[0]).toBeLessThan(21);
    expect(russia[2]).toBeGreaterThan(185);
    expect(russia[2]).toBeLessThan(192);
  });

  it('keeps Kiribati, which the 1:110m data leaves out, as its islands either side of the antimeridian', () => {
    const kiribati = frame('KI');
    // The Gilbert Islands at 173°E, the Phoenix and the Line Islands east of 180°.
    expect(width(kiribati)).toBeLessThan(50);
    expect(kiribati[0] + 360).toBeGreaterThan(168);
    expect(kiribati[0] + 360).toBeLessThan(176);
    expect(kiribati[2]).toBeGreaterThan(-160);
  });

  it('frames a country by its mainland and the islands near it, not a territory across an ocean', () => {
    const france = frame('FR');
    expect(france[0]).toBeGreaterThan(-6); // not French Guiana, at 54°W
    expect(france[2]).toBeGreaterThan(9); // Corsica
    expect(geometryBbox(features.get('FR')!.geometry)![0]).toBeLessThan(-50);
    const usa = frame('US');
    expect(usa[0]).toBeLessThan(-150); // Alaska belongs with it
  });
});

describe('framing countries far apart', () => {
  it('runs from Fiji east across the Pacific and South America to Kenya', () => {
    const boxes = ['FJ', 'BR', 'KE'].map(frame);
    const [west, south, east, north] = coverBoxes(boxes)!;
    expect(east - west).toBeLessThan(240);
    expect(west).toBeLessThan(-179);
    expect(east).toBeGreaterThan(41);
    expect(south).toBeLessThan(-33);
    expect(north).toBeGreaterThan(5);
  });

  it('centres the world on them, so every one of them lies inside it whole', () => {
    const codes = ['FJ', 'BR', 'KE', 'CA', 'RU', 'NZ', 'JP', 'US', 'AU'];
    const { centre, overview } = frameView(codes.map(frame), null);
    expect(width(overview)).toBeLessThan(360);
    for (const code of codes) {
      const placed = wrapGeometry(features.get(code)!.geometry, centre);
      const [west, , east] = geometryBbox(placed)!;
      expect(west, code).toBeGreaterThanOrEqual(centre - 180);
      expect(east, code).toBeLessThanOrEqual(centre + 180);
    }
    const fiji = frameBbox(wrapGeometry(features.get('FJ')!.geometry, centre))!;
    expect(width(fiji)).toBeLessThan(20);
  });

  it('cuts what crosses the edge of the world and draws the rest at the other edge', () => {
    // A world whose edge runs through Russia: Chukotka is cut off and drawn at the west edge.
    const centre = -60;
    const russia = wrapGeometry(features.get('RU')!.geometry, centre);
    const points = polygonsOf(russia).flat(2);
    expect(points.every(([lon]) => lon! >= centre - 180 - 1e-9 && lon! <= centre + 180 + 1e-9)).toBe(true);
    expect(points.some(([lon]) => lon! > 100)).toBe(true);
    expect(points.some(([lon]) => lon! < -170)).toBe(true);
    const antarctica = wrapGeometry(features.get('AQ')!.geometry, centre);
    const [west, , east] = geometryBbox(antarctica)!;
    expect(west).toBeCloseTo(centre - 180, 6);
    expect(east).toBeCloseTo(centre + 180, 6);
  });
});

describe('the map of every country met', () => {
  it('frames countries that lie close together', () => {
    const view = atlasView(['IN', 'CN', 'KG'].map(frame));
    expect(view.focus).toEqual(view.overview);
    expect(width(view.focus)).toBeLessThan(100);
  });

  it('shows the whole world, centred on Greenwich, once the countries span more than half of it', () => {
    expect(atlasView(['DE', 'CN', 'US', 'BR'].map(frame))).toEqual({ centre: 0, overview: WORLD, focus: WORLD });
  });

  it("moves the whole world's seam off a country met on the antimeridian", () => {
    const view = atlasView(['DE', 'CN', 'FJ', 'US', 'BR'].map(frame));
    expect(view.centre).not.toBe(0);
    expect(Math.abs(view.centre)).toBeLessThanOrEqual(30);
    expect(width(view.focus)).toBe(360);
    const fiji = intoWorld(frame('FJ'), view.centre);
    expect(fiji[0]).toBeGreaterThan(view.focus[0]);
    expect(fiji[2]).toBeLessThan(view.focus[2]);
  });
});
