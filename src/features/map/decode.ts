import type { Feature } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
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
  return remember(topology, topology.objects.countries.geometries.map((geometry) => decodeCountry(topology, geometry)));
}

/**
 * The same, a few countries at a time, handing the thread back (`pause`)
 * whenever a slice has taken `sliceMs`: a slow phone stays responsive while
 * the map is made. decodeBasemap() then finds the result.
 */
export async function decodeBasemapGradually(topology: BasemapTopology, pause: () => Promise<void>, sliceMs = 8): Promise<Basemap> {
  const cached = decoded.get(topology);
  if (cached) return cached;
  const features: BasemapFeature[] = [];
  let sliceStart = performance.now();
  for (const geometry of topology.objects.countries.geometries) {
    features.push(decodeCountry(topology, geometry));
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return decoded.get(topology) ?? remember(topology, features);
}


function decodeCountry(topology: BasemapTopology, geometry: GeometryObject): BasemapFeature {
  return {
    type: 'Feature',
    properties: { code: typeof geometry.id === 'string' ? geometry.id.toUpperCase() : '' },
    // Every geometry the build emits is a Polygon or a MultiPolygon.
    geometry: unwrapGeometry((feature(topology, geometry) as Feature<BasemapGeometry>).geometry),
  };
}

function remember(topology: BasemapTopology, features: BasemapFeature[]): Basemap {
  const basemap: Basemap = { type: 'FeatureCollection', features };
  decoded.set(topology, basemap);
  return basemap;
}
