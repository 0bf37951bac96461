/**
 * A loader error or warning is data: a rule id and a place, so tests can
 * assert the code and the line rather than the wording. Errors stop a
 * report; warnings say what the rules could not decide and left open.
 */
export type ErrorCode =
  | 'input/empty'
  | 'input/encoding'
  | 'input/unreadable'
  | 'header/missing-date'
  | 'header/invalid-date'
  | 'dateline/unknown-place'
  | 'dateline/unknown-agency'
  | 'dateline/date-mismatch'
  | 'dateline/unknown-month'
  | 'structure/no-lead'
  | 'structure/trailing-text'
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
  | 'redirects/invalid'
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

/** 1-based line and column of a UTF-16 offset; CRLF counts as one line break. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
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
