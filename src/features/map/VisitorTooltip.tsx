import type { LatLngTuple } from 'leaflet';
import { Tooltip } from 'react-leaflet';
import type { MapVisitor } from './types.ts';

/** The visitor's name, and its capital's in that name's own language, on hover and focus. */
export function VisitorTooltip({ visitor, position }: { visitor: MapVisitor; position?: LatLngTuple }) {
  return (
    <Tooltip direction="top" {...(position ? { position } : {})} opacity={1} className="bhent-map__tooltip">
      <span className="bhent-map__tooltip-name">{visitor.name}</span>
      {visitor.capital && (
        <span className="bhent-map__tooltip-detail" lang={visitor.capital.lang}>
          {visitor.capital.name}
        </span>
      )}
    </Tooltip>
  );
}
