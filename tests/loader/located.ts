/**
 * Whether an error's line and column lie inside the text it names, with lines
 * counted as the loader counts them: by `locate` (src/loader/errors.ts) itself,
 * never by a split of the test's own, so the two agree on every line end.
 */
import { locate } from '../../src/loader/errors.ts';

/** Lines in the text: the line of its end. */
export const lineCount = (text: string) => locate(text, text.length).line;

/** The first offset on a line after `line` (the text's length on the last line). */
function nextLineStart(text: string, line: number): number {
  // `locate`'s line grows with the offset: the smallest offset past `line`.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (locate(text, mid).line > line) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The column just past the last character of `line`, where its line end
 * begins (a CRLF is one line end): the greatest column an error may name.
 */
export function endColumn(text: string, line: number): number {
  const last = locate(text, text.length);
  if (line >= last.line) return last.column;
  const next = nextLineStart(text, line);
  return locate(text, next - (next >= 2 && text.startsWith('\r\n', next - 2) ? 2 : 1)).column;
}

/** Why `line` and `column` are not a place in the text; null when they are. */
export function outsideOf(text: string, line: number, column: number): string | null {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) return `${line}:${column} is not a line and column`;
  const lines = lineCount(text);
  if (line > lines) return `line ${line} of a text of ${lines} lines`;
  const end = endColumn(text, line);
  return column > end ? `column ${column} of line ${line}, which ends at column ${end}` : null;
}

/** The last offset `locate` puts at `line` and `column` (after a byte-order mark, say), or -1. */
export function offsetOf(text: string, line: number, column: number): number {
  const before = (o: number) => {
    const at = locate(text, o);
    return at.line < line || (at.line === line && at.column <= column);
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (before(mid)) lo = mid;
    else hi = mid - 1;
  }
  const at = locate(text, lo);
  return at.line === line && at.column === column ? lo : -1;
}
