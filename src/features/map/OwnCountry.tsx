import type { PathOptions } from 'leaflet';
import { memo, useMemo } from 'react';
import { Polygon, Tooltip } from 'react-leaflet';
import { wrapGeometry } from './antimeridian.ts';
import { labelPoint, toLatLngs } from './geometry.ts';
import type { BasemapFeature } from './types.ts';
import { hideLabelFromAssistiveTech } from './label-events.ts';

const OWN_STYLE: PathOptions = { weight: 1.25, fillOpacity: 1 };

export type OwnCountryProps = {
  feature: BasemapFeature;
  /** The middle of the world the map shows (view.ts). */
  centre: number;
  name: string;
  /** Which side of the country's middle its label sits on: away from a venue's (MeetingsMap). */
  labelSide: 'top' | 'bottom';
};

/** The report's own side, its leader's country, with a permanent name label; not interactive, not a tab stop; the same whatever is selected. */
export const OwnCountry = memo(function OwnCountry({ feature, centre, name, labelSide }: OwnCountryProps) {
  const geometry = useMemo(() => wrapGeometry(feature.geometry, centre), [feature, centre]);
  const positions = useMemo(() => toLatLngs(geometry), [geometry]);
  const anchor = useMemo(() => labelPoint(geometry), [geometry]);
  return (
    <Polygon positions={positions} interactive={false} className="bhent-map__own" pathOptions={OWN_STYLE}>
      <Tooltip permanent direction={labelSide} position={anchor} opacity={1} className="bhent-map__label bhent-map__label--country" eventHandlers={hideLabelFromAssistiveTech}>
        {name}
      </Tooltip>
    </Polygon>
  );
});
