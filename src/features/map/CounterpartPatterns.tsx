import { markClass, patternId, counterpartMarks } from './marks.ts';

/**
 * Pattern tiles for the fills of the countries met, one per meeting. Leaflet's SVG and
 * the legend swatches refer to them by url(#id); the holder is sized 0×0
 * rather than hidden because browsers skip patterns inside display:none.
 */
export function CounterpartPatterns({ idPrefix, count }: { idPrefix: string; count: number }) {
  return (
    <svg className="bhent-map__patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {counterpartMarks(count).map((mark) => (
          <pattern key={mark.index} id={patternId(idPrefix, mark)} className={markClass(mark)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect className="bhent-map__pattern-ground" width="8" height="8" />
            <path className="bhent-map__pattern-ink" d={mark.ink} strokeWidth={mark.inkWidth} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
