// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { MeetingsMap, REGION } from '../../../src/features/map/index.ts';
import { sizeLeafletContainers } from './leaflet-shims.ts';
import { mapProps } from './map-props.ts';

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
  it('opens on the overview of China and all visitors without animating', () => {
    render(<MeetingsMap {...props()} />);
    expect(fly).not.toHaveBeenCalled();
    const [south, west, north, east] = boundsOf(fit.mock.lastCall);
    expect(west).toBeLessThanOrEqual(23.2); // Belarus
    expect(east).toBeGreaterThanOrEqual(134.7); // China's east
    expect(south).toBeLessThanOrEqual(18.2); // Hainan
    expect(north).toBeGreaterThanOrEqual(56.1); // Belarus
    expect(fit.mock.lastCall?.[1]).toMatchObject({ animate: false, padding: [25, 25] });
  });

  it('flies to the selected country and back to the overview', () => {
    mockReducedMotion(false);
    const { rerender } = render(<MeetingsMap {...props()} />);
    rerender(<MeetingsMap {...props({ selected: 'by' })} />);
    expect(fly).toHaveBeenCalledTimes(1);
    const [south, west, north, east] = boundsOf(fly.mock.lastCall);
    expect(west).toBeCloseTo(23.2, 0);
    expect(east).toBeCloseTo(32.7, 0);
    expect(south).toBeCloseTo(51.3, 0);
    expect(north).toBeCloseTo(56.2, 0);

    rerender(<MeetingsMap {...props({ selected: null })} />);
    expect(fly).toHaveBeenCalledTimes(2);
    expect(boundsOf(fly.mock.lastCall)[3]).toBeGreaterThan(130);
  });

  it('jumps without animation when the reader prefers reduced motion', () => {
    mockReducedMotion(true);
    const { rerender } = render(<MeetingsMap {...props()} />);
    fit.mockClear();
    rerender(<MeetingsMap {...props({ selected: 'kg' })} />);
    expect(fly).not.toHaveBeenCalled();
    expect(fit).toHaveBeenCalledTimes(1);
    expect(fit.mock.lastCall?.[1]).toMatchObject({ animate: false });
    const [, west, , east] = boundsOf(fit.mock.lastCall);
    expect(west).toBeCloseTo(69.5, 0);
    expect(east).toBeCloseTo(80.3, 0);
  });

  it('does not move when only the language changes', () => {
    const { rerender } = render(<MeetingsMap {...props({ selected: 'az' })} />);
    fit.mockClear();
    rerender(<MeetingsMap {...props({ selected: 'az', lang: 'hi' })} />);
    expect(fit).not.toHaveBeenCalled();
    expect(fly).not.toHaveBeenCalled();
  });

  it('keeps the view inside the region', () => {
    render(<MeetingsMap {...props()} />);
    const map = fit.mock.contexts.at(-1) as L.Map;
    const [w, s, e, n] = REGION;
    expect(L.latLngBounds(map.options.maxBounds as L.LatLngBoundsLiteral).equals(L.latLngBounds([s, w], [n, e]))).toBe(true);
    map.setZoom(0, { animate: false });
    map.panTo([0, -60], { animate: false });
    expect(map.getMinZoom()).toBeGreaterThan(2);
    expect(map.getZoom()).toBe(map.getMinZoom());
    const view = map.getBounds();
    // Leaflet keeps the view inside maxBounds to the pixel: about 0.05° at this zoom.
    const slack = 0.1;
    expect(view.getWest()).toBeGreaterThanOrEqual(w - slack);
    expect(view.getEast()).toBeLessThanOrEqual(e + slack);
    expect(view.getSouth()).toBeGreaterThanOrEqual(s - slack);
    expect(view.getNorth()).toBeLessThanOrEqual(n + slack);
  });
});
