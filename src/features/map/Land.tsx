import type { PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Polygon } from 'react-leaflet';
import { wrapGeometry } from './antimeridian.ts';
import { toLatLngs } from './geometry.ts';
import type { BasemapFeature } from './types.ts';

const LAND_STYLE: PathOptions = { weight: 0.75, fillOpacity: 1 };

/**
 * Every country that is not featured, drawn as one path: they look alike,
 * take no input and are never a tab stop, and one path costs a slow phone
 * far less to draw than two hundred.
 */
export function Land({ features, centre }: { features: readonly BasemapFeature[]; centre: number }) {
  const polygons = useMemo(() => features.flatMap((feature) => toLatLngs(wrapGeometry(feature.geometry, centre))), [features, centre]);
  return <Polygon positions={polygons} interactive={false} className="bhent-map__land" pathOptions={LAND_STYLE} />;
}
