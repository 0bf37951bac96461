import './map.css';
import type { ReactNode } from 'react';
import type { CounterpartMark } from './marks.ts';
import { markClass, patternId } from './marks.ts';
import type { MapKeyLabels } from './types.ts';

export type MapLegendProps = {
  idPrefix: string;
  labels: MapKeyLabels;
  counterparts: ReadonlyArray<{ key: string; name: string; mark: CounterpartMark }>;
  /** What the map draws besides the countries: only these get a line in the key. */
  shows: { host: boolean; venue: boolean; routes: boolean; capitals: boolean };
};

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="bhent-map__swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** Plain React legend; its swatches reuse the map's classes and patterns so they cannot drift apart. */
export function MapLegend({ idPrefix, labels, counterparts, shows }: MapLegendProps) {
  return (
    <div className="bhent-map__legend">
      <p className="bhent-map__legend-title">{labels.legendTitle}</p>
      <ul className="bhent-map__legend-list">
        <li className="bhent-map__legend-item bhent-map__legend-item--counterparts">
          <span>{labels.legendCounterparts}</span>
          <ul className="bhent-map__legend-counterparts">
            {counterparts.map(({ key, name, mark }) => (
              <li key={key} className="bhent-map__legend-item">
                <Swatch>
                  <rect
                    className={`bhent-map__counterpart ${markClass(mark)}`}
                    x="1.5"
                    y="1.5"
                    width="29"
                    height="17"
                    fill={`url(#${patternId(idPrefix, mark)})`}
                    strokeWidth="1.5"
                    strokeDasharray={mark.dashArray}
                  />
                </Swatch>
                <span>{name}</span>
              </li>
            ))}
          </ul>
        </li>
        <li className="bhent-map__legend-item">
          <Swatch>
            <rect className="bhent-map__own" x="1.5" y="1.5" width="29" height="17" strokeWidth="1.25" />
          </Swatch>
          <span>{labels.legendOwn}</span>
        </li>
        {shows.host && (
          <li className="bhent-map__legend-item">
            <Swatch>
              <rect className="bhent-map__hosted" x="2" y="2" width="28" height="16" strokeWidth="3.5" fill="none" />
            </Swatch>
            <span>{labels.legendHost}</span>
          </li>
        )}
        {shows.venue && (
          <li className="bhent-map__legend-item">
            <Swatch>
              <circle className="bhent-map__venue" cx="16" cy="10" r="6" strokeWidth="3" />
            </Swatch>
            <span>{labels.legendVenue}</span>
          </li>
        )}
        {shows.routes && (
          <li className="bhent-map__legend-item">
            <Swatch>
              <line className="bhent-map__route" x1="5" y1="10" x2="31" y2="10" strokeWidth="2" strokeDasharray="6 5" />
              <circle className="bhent-map__capital" cx="5" cy="10" r="4" strokeWidth="1.5" />
            </Swatch>
            <span>{labels.legendRoute}</span>
          </li>
        )}
        {shows.capitals && !shows.routes && (
          <li className="bhent-map__legend-item">
            <Swatch>
              <circle className="bhent-map__capital" cx="16" cy="10" r="4" strokeWidth="1.5" />
            </Swatch>
            <span>{labels.legendCapital}</span>
          </li>
        )}
      </ul>
    </div>
  );
}
