import type { CircleMarker as LeafletCircleMarker, LatLngTuple, PathOptions } from 'leaflet';
import { useMemo, useRef } from 'react';
import { CircleMarker } from 'react-leaflet';
import { useLinkLayer } from './link-layer.ts';
import { markClass, type VisitorMark } from './marks.ts';
import type { MapVisitor } from './types.ts';
import { VisitorTooltip } from './VisitorTooltip.tsx';

export type VisitorPinProps = {
  /** Where the country is, already in the map's world. */
  at: LatLngTuple;
  visitor: MapVisitor;
  href: string;
  fill: string;
  mark: VisitorMark;
  selected: boolean;
  onSelect: (meetingId: string) => void;
};

/**
 * A visiting country too small to point at (Singapore, Bahrain, Malta) or
 * with no shape at all (Tuvalu, the Vatican): a marked disc, as a link.
 */
export function VisitorPin({ at, visitor, href, fill, mark, selected, onSelect }: VisitorPinProps) {
  const layerRef = useRef<LeafletCircleMarker>(null);
  const pathOptions = useMemo<PathOptions>(
    () => ({ fillColor: fill, fillOpacity: 1, weight: selected ? 3.5 : 2, dashArray: mark.dashArray }),
    [fill, selected, mark.dashArray],
  );
  useLinkLayer(layerRef, { name: visitor.name, href, selected, onActivate: () => onSelect(visitor.meetingId) });

  return (
    <CircleMarker ref={layerRef} center={at} radius={selected ? 11 : 9} className={`bhent-map__visitor ${markClass(mark)}`} pathOptions={pathOptions}>
      <VisitorTooltip visitor={visitor} />
    </CircleMarker>
  );
}
