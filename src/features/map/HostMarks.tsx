import type { LatLngTuple, PathOptions } from 'leaflet';
import { memo, useMemo } from 'react';
import { CircleMarker, Pane, Polygon } from 'react-leaflet';
import { wrapGeometry } from './antimeridian.ts';
import { toLatLngs } from './geometry.ts';
import type { BasemapFeature, LatLon } from './types.ts';

/** Over the land (350), under the countries (Leaflet's overlay pane, 400): half of each band shows, outside the host's border. */
const HOSTS_PANE_Z = 390;
const BAND_STYLE: PathOptions = { weight: 7, fill: false, opacity: 1 };
const RING_STYLE: PathOptions = { weight: 4, fill: false, opacity: 1 };

/** A host country: its shape, or, for a country drawn as a pin, where the pin is (already in the map's world). */
export type HostMark = { code: string; feature: BasemapFeature; pin: null } | { code: string; feature: null; pin: LatLon };

/**
 * The countries whose leader hosted a meeting, as the report or an editor
 * establishes it: a dark band round each, or a ring round its pin. Drawn
 * beneath the countries, so a country's own fill and outline stay as they
 * are; not interactive.
 */
export function HostMarks({ marks, centre }: { marks: readonly HostMark[]; centre: number }) {
  return (
    <Pane name="bhent-hosts" style={{ zIndex: HOSTS_PANE_Z }}>
      {marks.map((mark) => (mark.feature ? <HostBand key={mark.code} feature={mark.feature} centre={centre} /> : <HostRing key={mark.code} lat={mark.pin.lat} lon={mark.pin.lon} />))}
    </Pane>
  );
}

const HostBand = memo(function HostBand({ feature, centre }: { feature: BasemapFeature; centre: number }) {
  const positions = useMemo(() => toLatLngs(wrapGeometry(feature.geometry, centre)), [feature, centre]);
  return <Polygon positions={positions} interactive={false} className="bhent-map__hosted" pathOptions={BAND_STYLE} />;
});

function HostRing({ lat, lon }: LatLon) {
  const center = useMemo<LatLngTuple>(() => [lat, lon], [lat, lon]);
  return <CircleMarker center={center} radius={14} interactive={false} className="bhent-map__hosted" pathOptions={RING_STYLE} />;
}
