import type { LatLngTuple, PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { CircleMarker, Polyline } from 'react-leaflet';

export type VisitorRouteProps = {
  from: { lat: number; lon: number };
  to: { lat: number; lon: number };
  selected: boolean;
};

const CAPITAL_STYLE: PathOptions = { weight: 1.5, fillOpacity: 1 };

/** The journey from a visitor's capital to the venue, and a dot at the capital. */
export function VisitorRoute({ from, to, selected }: VisitorRouteProps) {
  const positions = useMemo<LatLngTuple[]>(
    () => [
      [from.lat, from.lon],
      [to.lat, to.lon],
    ],
    [from.lat, from.lon, to.lat, to.lon],
  );
  const capital = positions[0]!;
  const routeStyle = useMemo<PathOptions>(() => ({ weight: selected ? 3 : 2, dashArray: '6 5', opacity: 1 }), [selected]);
  return (
    <>
      <Polyline positions={positions} interactive={false} className="bhent-map__route" pathOptions={routeStyle} />
      <CircleMarker center={capital} radius={4} interactive={false} className="bhent-map__capital" pathOptions={CAPITAL_STYLE} />
    </>
  );
}
