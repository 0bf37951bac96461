/**
 * A loader error or warning is data: a rule id and a place, so tests can
 * assert the code and the line rather than the wording. Errors stop a
 * report; warnings say what the rules could not decide and left open.
 */
export type ErrorCode =
  | 'input/empty'
  | 'input/encoding'
  | 'input/unreadable'
  | 'input/too-large'
  | 'input/control-character'
  | 'input/line-ends'
  | 'input/invisible-line'
  | 'input/file-name'
  | 'input/not-read'
  | 'input/duplicate-report'
  | 'header/missing-date'
  | 'header/invalid-date'
  | 'header/date-mismatch'
  | 'header/future-date'
  | 'dateline/unknown-place'
  | 'dateline/unknown-agency'
  | 'dateline/date-mismatch'
  | 'dateline/unknown-month'
  | 'structure/no-lead'
  | 'structure/trailing-text'
  | 'structure/paragraph-too-long'
  | 'entity/no-leader'
  | 'entity/no-counterparts'
  | 'entity/unknown-country'
  | 'entity/no-venue'
  | 'entity/host-conflict'
  | 'attribution/undecided-meeting'
  | 'attribution/undecided-speaker'
  | 'attribution/unknown-override'
  | 'attribution/no-statements'
  | 'attribution/unknown-speaker'
  | 'attribution/unattributed'
  | 'translation/syntax'
  | 'translation/duplicate'
  | 'translation/missing'
  | 'translation/stale'
  | 'translation/orphan'
  | 'translation/missing-file'
  | 'gazetteer/invalid'
  | 'gazetteer/syntax'
  | 'gazetteer/duplicate-key'
  | 'gazetteer/unknown-key'
  | 'gazetteer/duplicate-id'
  | 'redirects/invalid'
  | 'redirects/syntax'
  | 'redirects/duplicate-key'
  | 'redirects/unknown-key'
  | 'redirects/duplicate-from'
  | 'redirects/overwrites-page'
  | 'redirects/to-itself'
  | 'redirects/cycle'
  | 'redirects/chain'
  | 'redirects/no-page'
  | 'schema/invalid';

export interface LoaderError {
  file: string;
  line: number;
  column: number;
  code: ErrorCode;
  message: string;
}

/** A warning has the shape of an error; it travels in a list of its own. */
export type LoaderWarning = LoaderError;

export type Result<T> = { ok: true; value: T } | { ok: false; errors: LoaderError[] };

export function formatError(error: LoaderError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.code}: ${error.message}`;
}

export function formatWarning(warning: LoaderWarning): string {
  return `${warning.file}:${warning.line}:${warning.column}: warning: ${warning.code}: ${warning.message}`;
}

/**
 * Where each line of a text starts. A line ends at LF, CR, CRLF (one
 * break), NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR, as editors count them.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_END)) starts.push(match.index + match[0].length);
  return starts;
}

export const LINE_END = /\r\n|[\n\r\u0085\u2028\u2029]/g;

// The text last located, and its lines: errors come in runs from one text, so
// locating each costs a binary search, not a scan from the file's start.
let indexed: { text: string; starts: number[] } | null = null;

/**
 * 1-based line and column of a UTF-16 offset. A byte-order mark is not a
 * column: editors do not show it.
 */
export function locate(text: string, offset: number): { line: number; column: number } {
  if (indexed?.text !== text) indexed = { text, starts: lineStarts(text) };
  const { starts } = indexed;
  const end = Math.min(Math.max(offset, 0), text.length);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= end) lo = mid;
    else hi = mid - 1;
  }
  const bom = lo === 0 && end > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { line: lo + 1, column: end - starts[lo]! + 1 - bom };
}

/** Builds errors located in one text. */
export function errorsIn(file: string, text: string) {
  return (offset: number, code: ErrorCode, message: string): LoaderError => ({
    file,
    ...locate(text, offset),
    code,
    message,
  });
}

export function byPlace(a: LoaderError, b: LoaderError): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
