import type { CircleMarker as LeafletCircleMarker, LatLngTuple, PathOptions } from 'leaflet';
import { useMemo, useRef } from 'react';
import { CircleMarker } from 'react-leaflet';
import { useLinkLayer } from './link-layer.ts';
import { markClass, type CounterpartMark } from './marks.ts';
import type { MapCounterpart } from './types.ts';
import { CounterpartTooltip } from './CounterpartTooltip.tsx';

export type CounterpartPinProps = {
  /** Where the country is, already in the map's world. */
  at: LatLngTuple;
  counterpart: MapCounterpart;
  href: string;
  fill: string;
  mark: CounterpartMark;
  selected: boolean;
  onSelect: (meetingId: string) => void;
};

/**
 * A country met too small to point at (Singapore, Bahrain, Malta) or
 * with no shape at all (Tuvalu, the Vatican): a marked disc, as a link.
 */
export function CounterpartPin({ at, counterpart, href, fill, mark, selected, onSelect }: CounterpartPinProps) {
  const layerRef = useRef<LeafletCircleMarker>(null);
  const pathOptions = useMemo<PathOptions>(
    () => ({ fillColor: fill, fillOpacity: 1, weight: selected ? 3.5 : 2, dashArray: mark.dashArray }),
    [fill, selected, mark.dashArray],
  );
  useLinkLayer(layerRef, { name: counterpart.name, href, selected, onActivate: () => onSelect(counterpart.meetingId) });

  return (
    <CircleMarker ref={layerRef} center={at} radius={selected ? 11 : 9} className={`bhent-map__counterpart ${markClass(mark)}`} pathOptions={pathOptions}>
      <CounterpartTooltip counterpart={counterpart} />
    </CircleMarker>
  );
}
