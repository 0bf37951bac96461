import type { LatLngTuple } from 'leaflet';
import { Tooltip } from 'react-leaflet';
import type { MapCounterpart } from './types.ts';

/** The name of a country met, and its capital's in that name's own language, on hover and focus. */
export function CounterpartTooltip({ counterpart, position }: { counterpart: MapCounterpart; position?: LatLngTuple }) {
  return (
    <Tooltip direction="top" {...(position ? { position } : {})} opacity={1} className="bhent-map__tooltip">
      <span className="bhent-map__tooltip-name">{counterpart.name}</span>
      {counterpart.capital && (
        <span className="bhent-map__tooltip-detail" lang={counterpart.capital.lang}>
          {counterpart.capital.name}
        </span>
      )}
    </Tooltip>
  );
}
