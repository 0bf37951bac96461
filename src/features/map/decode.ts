import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import { unwrapGeometry } from './antimeridian.ts';
import type { Basemap, BasemapFeature, BasemapGeometry, BasemapTopology } from './types.ts';

const decoded = new WeakMap<BasemapTopology, Basemap>();

/**
 * The shipped TopoJSON as GeoJSON the map draws, each country made whole
 * across the antimeridian. Decodes a topology once, whichever map asks first.
 */
export function decodeBasemap(topology: BasemapTopology): Basemap {
  const cached = decoded.get(topology);
  if (cached) return cached;
  const features = topology.objects.countries.geometries.map(
    (geometry): BasemapFeature => ({
      type: 'Feature',
      properties: { code: typeof geometry.id === 'string' ? geometry.id.toUpperCase() : '' },
      // Every geometry the build emits is a Polygon or a MultiPolygon.
      geometry: unwrapGeometry((feature(topology, geometry) as Feature<BasemapGeometry>).geometry),
    }),
  );
  const basemap: Basemap = { type: 'FeatureCollection', features };
  decoded.set(topology, basemap);
  return basemap;
}
