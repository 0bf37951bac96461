/**
 * How each country met is told apart: a fill pattern, an outline dash and a
 * colour, chosen by its meeting's position in the report, never by its
 * country. Eight of each; from the ninth on the colours turn by three
 * against the patterns, so the first 64 all differ.
 */
export type CounterpartMark = {
  /** Position of the meeting in the report; also names its pattern. */
  index: number;
  /** Path drawn in an 8×8 pattern tile. */
  ink: string;
  inkWidth: number;
  dashArray: string | undefined;
  /** One of the palette's colours (map.css, --bhent-map-counterpart-0…7). */
  colour: number;
};

type Pattern = { ink: string; inkWidth: number };

const PATTERNS: readonly Pattern[] = [
  { ink: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', inkWidth: 1.25 }, // diagonal /
  { ink: 'M2,2 h0 M6,6 h0', inkWidth: 2.75 }, // dots
  { ink: 'M0,4 H8 M4,0 V8', inkWidth: 1 }, // grid
  { ink: 'M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4', inkWidth: 1.25 }, // diagonal \
  { ink: 'M0,2 H8 M0,6 H8', inkWidth: 1.25 }, // horizontal
  { ink: 'M2,0 V8 M6,0 V8', inkWidth: 1.25 }, // vertical
  { ink: 'M0,0 l8,8 M0,8 l8,-8', inkWidth: 1 }, // cross-hatch
  { ink: 'M0,6 l2,-4 l2,4 l2,-4 l2,4', inkWidth: 1 }, // zigzag
];

const DASHES: ReadonlyArray<string | undefined> = [undefined, '8 4', '2 3', '10 3 2 3', '5 5', '14 4', '2 3 2 8', '6 2'];

export const PALETTE_SIZE = 8;

export function counterpartMark(index: number): CounterpartMark {
  const round = Math.floor(index / PATTERNS.length);
  const pattern = PATTERNS[index % PATTERNS.length]!;
  return {
    index,
    ink: pattern.ink,
    inkWidth: pattern.inkWidth,
    dashArray: DASHES[index % DASHES.length],
    colour: (index + 3 * round) % PALETTE_SIZE,
  };
}

export function counterpartMarks(count: number): CounterpartMark[] {
  return Array.from({ length: count }, (_, i) => counterpartMark(i));
}

export function patternId(idPrefix: string, mark: CounterpartMark): string {
  return `${idPrefix}-${mark.index}`;
}

/** Sets the mark's colour (as --bhent-map-mark) on a path, a swatch or a pattern. */
export function markClass(mark: CounterpartMark): string {
  return `bhent-map__mark--c${mark.colour}`;
}
