import type { PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Polygon } from 'react-leaflet';
import { toLatLngs } from './geometry.ts';
import type { BasemapFeature } from './types.ts';

const LAND_STYLE: PathOptions = { weight: 0.75, fillOpacity: 1 };

/** Every country that is neither host nor visitor: drawn, but not interactive and never a tab stop. */
export function Land({ features }: { features: readonly BasemapFeature[] }) {
  const shapes = useMemo(() => features.map((feature) => toLatLngs(feature.geometry)), [features]);
  return shapes.map((positions, index) => (
    <Polygon key={index} positions={positions} interactive={false} className="bhent-map__land" pathOptions={LAND_STYLE} />
  ));
}
