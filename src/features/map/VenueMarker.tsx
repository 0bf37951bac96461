import type { LatLngTuple, PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import { hideLabelFromAssistiveTech } from './label-events.ts';
import type { Lang } from './types.ts';

export type VenueMarkerProps = {
  text: string;
  lang: Lang;
  lat: number;
  lon: number;
  /** Which side of the dot the label sits on: away from the own country's (MeetingsMap). */
  labelSide: 'top' | 'bottom';
};

const VENUE_STYLE: PathOptions = { weight: 3, fillOpacity: 1 };

/** A meeting's venue: a ringed dot, larger than a capital's, with a permanent name label. */
export function VenueMarker({ text, lang, lat, lon, labelSide }: VenueMarkerProps) {
  const center = useMemo<LatLngTuple>(() => [lat, lon], [lat, lon]);
  return (
    <CircleMarker center={center} radius={7} interactive={false} className="bhent-map__venue" pathOptions={VENUE_STYLE}>
      <Tooltip permanent direction={labelSide} offset={[0, labelSide === 'top' ? -8 : 8]} opacity={1} className="bhent-map__label" eventHandlers={hideLabelFromAssistiveTech}>
        <span lang={lang}>{text}</span>
      </Tooltip>
    </CircleMarker>
  );
}
