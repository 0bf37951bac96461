import type { PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Polygon, Tooltip } from 'react-leaflet';
import { labelPoint, toLatLngs } from './geometry.ts';
import type { BasemapFeature } from './types.ts';
import { hideLabelFromAssistiveTech } from './label-events.ts';

const HOST_STYLE: PathOptions = { weight: 1.25, fillOpacity: 1 };

/** The host country with a permanent name label; not interactive, not a tab stop. */
export function HostCountry({ feature, name }: { feature: BasemapFeature; name: string }) {
  const positions = useMemo(() => toLatLngs(feature.geometry), [feature]);
  const anchor = useMemo(() => labelPoint(feature.geometry), [feature]);
  return (
    <Polygon positions={positions} interactive={false} className="bhent-map__host" pathOptions={HOST_STYLE}>
      <Tooltip permanent direction="center" position={anchor} opacity={1} className="bhent-map__label" eventHandlers={hideLabelFromAssistiveTech}>
        {name}
      </Tooltip>
    </Polygon>
  );
}
