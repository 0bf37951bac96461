// @vitest-environment jsdom
import { cleanup, waitFor } from '@testing-library/react';
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { MeetingsMap } from '../../../src/features/map/index.ts';
import { sizeLeafletContainers } from './leaflet-shims.ts';
import { mapProps, renderMap } from './map-props.ts';

sizeLeafletContainers();

const props = mapProps;

function mockReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({ matches: reduce && query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} })),
  );
}

/** [[south, west], [north, east]] of the bounds a camera call was given. */
function boundsOf(call: unknown[] | undefined) {
  const bounds = L.latLngBounds(call?.[0] as L.LatLngBoundsLiteral);
  return [bounds.getSouth(), bounds.getWest(), bounds.getNorth(), bounds.getEast()];
}

let fly: MockInstance<L.Map['flyToBounds']>;
let fit: MockInstance<L.Map['fitBounds']>;

beforeEach(() => {
  fly = vi.spyOn(L.Map.prototype, 'flyToBounds');
  fit = vi.spyOn(L.Map.prototype, 'fitBounds');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('MeetingsMap camera', () => {
  it('opens on the overview of China and every country met without animating', async () => {
    await renderMap(<MeetingsMap {...props()} />);
    expect(fly).not.toHaveBeenCalled();
    const [south, west, north, east] = boundsOf(fit.mock.lastCall);
    expect(west).toBeLessThanOrEqual(23.25); // Belarus
    expect(east).toBeGreaterThanOrEqual(134.7); // China's east
    expect(south).toBeLessThanOrEqual(18.25); // Hainan
    expect(north).toBeGreaterThanOrEqual(56.1); // Belarus
    expect(fit.mock.lastCall?.[1]).toMatchObject({ animate: false, paddingTopLeft: [25, 25], paddingBottomRight: [25, 25] });
  });

  it('travels to the selected country, once the selection has been shown, and back to the overview', async () => {
    mockReducedMotion(false);
    const { rerender } = await renderMap(<MeetingsMap {...props()} />);
    fit.mockClear();
    rerender(<MeetingsMap {...props({ selected: 'by' })} />);
    // Not in the same frame as the selection: the page shows it first.
    expect(fit).not.toHaveBeenCalled();
    await waitFor(() => expect(fit).toHaveBeenCalledTimes(1));
    expect(fit.mock.lastCall?.[1]).toMatchObject({ animate: true });
    const [south, west, north, east] = boundsOf(fit.mock.lastCall);
    expect(west).toBeCloseTo(23.2, 0);
    expect(east).toBeCloseTo(32.7, 0);
    expect(south).toBeCloseTo(51.3, 0);
    expect(north).toBeCloseTo(56.2, 0);

    rerender(<MeetingsMap {...props({ selected: null })} />);
    await waitFor(() => expect(fit).toHaveBeenCalledTimes(2));
    expect(boundsOf(fit.mock.lastCall)[3]).toBeGreaterThan(130);
    // A flight redraws every shape at each frame; the map is moved as one picture instead.
    expect(fly).not.toHaveBeenCalled();
  });

  it('goes only to the last of selections made in quick succession', async () => {
    mockReducedMotion(false);
    const { rerender } = await renderMap(<MeetingsMap {...props()} />);
    fit.mockClear();
    rerender(<MeetingsMap {...props({ selected: 'by' })} />);
    rerender(<MeetingsMap {...props({ selected: 'kg' })} />);
    await waitFor(() => expect(fit).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fit).toHaveBeenCalledTimes(1);
    expect(boundsOf(fit.mock.lastCall)[1]).toBeCloseTo(69.5, 0);
  });

  it('jumps without animation when the reader prefers reduced motion', async () => {
    mockReducedMotion(true);
    const { rerender } = await renderMap(<MeetingsMap {...props()} />);
    fit.mockClear();
    rerender(<MeetingsMap {...props({ selected: 'kg' })} />);
    await waitFor(() => expect(fit).toHaveBeenCalledTimes(1));
    expect(fly).not.toHaveBeenCalled();
    expect(fit.mock.lastCall?.[1]).toMatchObject({ animate: false });
    const [, west, , east] = boundsOf(fit.mock.lastCall);
    expect(west).toBeCloseTo(69.5, 0);
    expect(east).toBeCloseTo(80.3, 0);
  });

  it('does not move when only the language changes', async () => {
    const { rerender } = await renderMap(<MeetingsMap {...props({ selected: 'az' })} />);
    fit.mockClear();
    rerender(<MeetingsMap {...props({ selected: 'az', lang: 'hi' })} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fit).not.toHaveBeenCalled();
    expect(fly).not.toHaveBeenCalled();
  });

  it('keeps one world in view, centred on the report, and zooms out no further than that world', async () => {
    await renderMap(<MeetingsMap {...props()} />);
    const map = fit.mock.contexts.at(-1) as L.Map;
    const world = L.latLngBounds(map.options.maxBounds as L.LatLngBoundsLiteral);
    // Belarus to China's east coast: the seam lies opposite, in the Pacific west of the Americas.
    const centre = (world.getWest() + world.getEast()) / 2;
    expect(world.getEast() - world.getWest()).toBe(360);
    expect(centre).toBeGreaterThan(70);
    expect(centre).toBeLessThan(90);
    map.setZoom(0, { animate: false });
    // 800 px wide: the world's 256 px at zoom 0, doubled log2(800 / 256) times.
    expect(map.getMinZoom()).toBeCloseTo(Math.log2(800 / 256), 5);
    // jsdom has no CSS 3D, so Leaflet rounds the zoom to a whole level there.
    expect(map.getZoom()).toBe(Math.ceil(map.getMinZoom()));
    map.panTo([0, centre + 170], { animate: false });
    const view = map.getBounds();
    const slack = 0.5;
    expect(view.getWest()).toBeGreaterThanOrEqual(world.getWest() - slack);
    expect(view.getEast()).toBeLessThanOrEqual(world.getEast() + slack);
  });

  it('frames countries far apart the short way round', async () => {
    const counterparts = [
      { code: 'FJ', meetingId: 'fj', name: 'Fiji', capital: { name: 'Suva', lang: 'en' as const, lat: -18.14, lon: 178.44 } },
      { code: 'BR', meetingId: 'br', name: 'Brazil', capital: { name: 'Brasília', lang: 'en' as const, lat: -15.79, lon: -47.88 } },
    ];
    await renderMap(<MeetingsMap {...props({ own: { code: 'KE', name: 'Kenya', capital: null }, venues: [{ id: 'nairobi', text: 'Nairobi', lang: 'en', lat: -1.29, lon: 36.82 }], counterparts, journeys: [] })} />);
    const [south, west, north, east] = boundsOf(fit.mock.lastCall);
    // Fiji in the west, across the Pacific and South America to Kenya: not across Asia.
    expect(west).toBeGreaterThan(-185);
    expect(west).toBeLessThan(-179);
    expect(east).toBeGreaterThan(41);
    expect(east).toBeLessThan(52);
    expect(south).toBeLessThan(-30);
    expect(north).toBeGreaterThan(4);
    const fiji = document.querySelector<SVGPathElement>('path[aria-label="Fiji"]');
    expect(fiji).not.toBeNull();
  });
});
