import type { PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Polygon, Tooltip } from 'react-leaflet';
import { wrapGeometry } from './antimeridian.ts';
import { labelPoint, toLatLngs } from './geometry.ts';
import type { BasemapFeature } from './types.ts';
import { hideLabelFromAssistiveTech } from './label-events.ts';

const HOST_STYLE: PathOptions = { weight: 1.25, fillOpacity: 1 };

/** The host country with a permanent name label; not interactive, not a tab stop. */
export function HostCountry({ feature, centre, name }: { feature: BasemapFeature; centre: number; name: string }) {
  const geometry = useMemo(() => wrapGeometry(feature.geometry, centre), [feature, centre]);
  const positions = useMemo(() => toLatLngs(geometry), [geometry]);
  const anchor = useMemo(() => labelPoint(geometry), [geometry]);
  return (
    <Polygon positions={positions} interactive={false} className="bhent-map__host" pathOptions={HOST_STYLE}>
      <Tooltip permanent direction="center" position={anchor} opacity={1} className="bhent-map__label" eventHandlers={hideLabelFromAssistiveTech}>
        {name}
      </Tooltip>
    </Polygon>
  );
}
