import type { Polygon as LeafletPolygon, PathOptions } from 'leaflet';
import { useMemo, useRef } from 'react';
import { Polygon } from 'react-leaflet';
import { wrapGeometry } from './antimeridian.ts';
import { labelPoint, toLatLngs } from './geometry.ts';
import { useLinkLayer } from './link-layer.ts';
import { markClass, type CounterpartMark } from './marks.ts';
import type { BasemapFeature, MapCounterpart } from './types.ts';
import { CounterpartTooltip } from './CounterpartTooltip.tsx';

export type CounterpartShapeProps = {
  feature: BasemapFeature;
  /** The middle of the world the map shows (see antimeridian.ts). */
  centre: number;
  counterpart: MapCounterpart;
  href: string;
  fill: string;
  mark: CounterpartMark;
  selected: boolean;
  onSelect: (meetingId: string) => void;
  /** False when a pin on it is the link (a speck), so the shape is only seen. */
  link?: boolean;
};

/** A country met: its shape, as a link to its meeting. */
export function CounterpartShape({ feature, centre, counterpart, href, fill, mark, selected, onSelect, link = true }: CounterpartShapeProps) {
  const layerRef = useRef<LeafletPolygon>(null);
  const geometry = useMemo(() => wrapGeometry(feature.geometry, centre), [feature, centre]);
  const positions = useMemo(() => toLatLngs(geometry), [geometry]);
  const anchor = useMemo(() => labelPoint(geometry), [geometry]);
  const pathOptions = useMemo<PathOptions>(
    () => ({ fillColor: fill, fillOpacity: selected ? 1 : 0.7, weight: selected ? 3.5 : 1.5, dashArray: mark.dashArray }),
    [fill, selected, mark.dashArray],
  );
  useLinkLayer(layerRef, { name: counterpart.name, href, selected, onActivate: () => onSelect(counterpart.meetingId), enabled: link });

  return (
    <Polygon ref={layerRef} positions={positions} interactive={link} className={`bhent-map__counterpart ${markClass(mark)}`} pathOptions={pathOptions}>
      {link && <CounterpartTooltip counterpart={counterpart} position={anchor} />}
    </Polygon>
  );
}
