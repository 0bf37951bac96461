import type { LatLngBoundsLiteral } from 'leaflet';
import type { Bbox } from './types.ts';

/**
 * Europe to the Pacific coast of China: frames Minsk, Baku, Bishkek and
 * Tianjin together. Its Mercator aspect (about 1.7:1) is close to the map's
 * 16:10 box, so at the zoom floor the overview of the three visitors and
 * China still fits with padding.
 */
export const REGION: Bbox = [10, 10, 140, 65];

export function bboxToBounds([west, south, east, north]: Bbox): LatLngBoundsLiteral {
  return [
    [south, west],
    [north, east],
  ];
}

export function regionBounds(region: Bbox = REGION): LatLngBoundsLiteral {
  return bboxToBounds(region);
}
