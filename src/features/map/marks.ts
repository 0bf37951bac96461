/**
 * How each visitor is told apart without colour: a fill pattern and an
 * outline dash. Indexed by the visitor's position in the list.
 */
export type VisitorMark = {
  pattern: 'diagonal' | 'dots' | 'grid';
  /** Path drawn in an 8×8 pattern tile. */
  ink: string;
  inkWidth: number;
  dashArray: string | undefined;
};

export const VISITOR_MARKS: readonly VisitorMark[] = [
  { pattern: 'diagonal', ink: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', inkWidth: 1.25, dashArray: undefined },
  { pattern: 'dots', ink: 'M2,2 h0 M6,6 h0', inkWidth: 2.75, dashArray: '8 4' },
  { pattern: 'grid', ink: 'M0,4 H8 M4,0 V8', inkWidth: 1, dashArray: '2 3' },
];

export function visitorMark(index: number): VisitorMark {
  return VISITOR_MARKS[index % VISITOR_MARKS.length]!;
}

export function patternId(idPrefix: string, mark: VisitorMark): string {
  return `${idPrefix}-${mark.pattern}`;
}
