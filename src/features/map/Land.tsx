import type { LatLngTuple, PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Polygon } from 'react-leaflet';
import { toLatLngs } from './geometry.ts';
import type { BasemapFeature } from './types.ts';

const LAND_STYLE: PathOptions = { weight: 0.75, fillOpacity: 1 };

/**
 * Every country that is neither host nor visitor, drawn as one path: they
 * look alike, take no input and are never a tab stop, and one path costs a
 * slow phone far less to draw than ninety.
 */
export function Land({ features }: { features: readonly BasemapFeature[] }) {
  const polygons = useMemo(
    () =>
      features.flatMap((feature): LatLngTuple[][][] => {
        const shape = toLatLngs(feature.geometry);
        return feature.geometry.type === 'Polygon' ? [shape as LatLngTuple[][]] : (shape as LatLngTuple[][][]);
      }),
    [features],
  );
  return <Polygon positions={polygons} interactive={false} className="bhent-map__land" pathOptions={LAND_STYLE} />;
}
