import type { LatLngTuple, PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { CircleMarker, Polyline } from 'react-leaflet';
import type { LatLon } from './types.ts';

export type CapitalRouteProps = {
  /** A participant's capital, already in the map's world. */
  from: LatLon;
  /** The venue, already in the map's world; null draws the capital alone. */
  to: LatLon | null;
  selected: boolean;
};

const CAPITAL_STYLE: PathOptions = { weight: 1.5, fillOpacity: 1 };

/** A dot at a participant's capital and, where they travelled to a venue, the journey from it. */
export function CapitalRoute({ from, to, selected }: CapitalRouteProps) {
  const capital = useMemo<LatLngTuple>(() => [from.lat, from.lon], [from.lat, from.lon]);
  const toLat = to?.lat;
  const toLon = to?.lon;
  const positions = useMemo<LatLngTuple[] | null>(
    () => (toLat === undefined || toLon === undefined ? null : [capital, [toLat, toLon]]),
    [capital, toLat, toLon],
  );
  const routeStyle = useMemo<PathOptions>(() => ({ weight: selected ? 3 : 2, dashArray: '6 5', opacity: 1 }), [selected]);
  return (
    <>
      {positions && <Polyline positions={positions} interactive={false} className="bhent-map__route" pathOptions={routeStyle} />}
      <CircleMarker center={capital} radius={4} interactive={false} className="bhent-map__capital" pathOptions={CAPITAL_STYLE} />
    </>
  );
}
