/**
 * What a report's characters are before its words are read: every
 * convention of line ends, lines that look blank but are not empty, and
 * characters that show nothing. The source is kept as written; the loader
 * reads its layout from a copy of the same length, so every span holds for
 * both.
 */
import { LINE_END, type LoaderError, type ErrorCode } from './errors.ts';

/** The largest report the loader reads, in UTF-16 code units (about 1 MB of UTF-8 prose). */
export const MAX_REPORT_LENGTH = 1_000_000;
/** The longest paragraph: a news report's run far shorter; longer is a file with no blank lines in it. */
export const MAX_PARAGRAPH_LENGTH = 20_000;

// Characters that show nothing: white space, format characters (zero-width space, marks of direction, joiners, the BOM),
// what Unicode lets a renderer ignore (the grapheme joiner, variation selectors, the Hangul filler) and the braille blank.
const INVISIBLE = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;
const PLAIN_SPACE = /^[ \t\r\n]*$/u;
// Control characters other than tab and line ends, and format characters other than the joiners Devanagari needs.
const HIDDEN = /[\p{Cc}\p{Cf}]/gu;
const ALLOWED = new Set(['\t', '\n', '\r', '\u0085', '\u200C', '\u200D']);
const NAMES: Record<string, string> = {
  '\u0000': 'NULL',
  '\u000B': 'LINE TABULATION',
  '\u000C': 'FORM FEED',
  '\u00A0': 'NO-BREAK SPACE',
  '\u00AD': 'SOFT HYPHEN',
  '\u061C': 'ARABIC LETTER MARK',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u3000': 'IDEOGRAPHIC SPACE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text)',
};
const LINE_END_NAMES: Record<string, string> = {
  '\r': 'CR alone (as old Mac editors save)',
  '\u0085': 'NEXT LINE (U+0085)',
  '\u2028': 'LINE SEPARATOR (U+2028)',
  '\u2029': 'PARAGRAPH SEPARATOR (U+2029)',
};
/** At most this many character errors a report: the first of a run is what an editor needs. */
const MAX_REPORTED = 10;

export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
export const characterName = (ch: string) => `${codePoint(ch)}${NAMES[ch] ? ` ${NAMES[ch]}` : ''}`;

/** The first character of `text` that shows nothing and is not allowed (line ends and tabs are), or null. */
export function hiddenIn(text: string): string | null {
  for (const match of text.matchAll(HIDDEN)) if (!ALLOWED.has(match[0])) return match[0];
  return null;
}

type At = (offset: number, code: ErrorCode, message: string) => LoaderError;

export interface Layout {
  /** The text with every line end as LF (CRLF kept) and lines of invisible characters as spaces: the same length. */
  view: string;
  errors: LoaderError[];
  warnings: LoaderError[];
}

/**
 * Reads the text's lines once: a copy whose line ends are all LF and whose
 * invisible lines are blank, errors for characters that show nothing inside
 * the text, and warnings where a line end or an invisible line was read as
 * something other than what a plain editor shows.
 */
export function layoutOf(text: string, at: At): Layout {
  const errors: LoaderError[] = [];
  const warnings: LoaderError[] = [];
  const begin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const parts: string[] = [text.slice(0, begin)];
  let oddEnd: { offset: number; ch: string } | null = null;
  let hidden = 0;
  let unlisted = 0;
  let invisibleLines = 0;
  let lineStart = begin;
  const addLine = (end: number, eol: string) => {
    const line = text.slice(lineStart, end);
    if (line !== '' && !PLAIN_SPACE.test(line) && INVISIBLE.test(line)) {
      const shown = [...new Set(line.match(/[^ \t]/gu))].map(characterName).join(', ');
      if (invisibleLines++ < MAX_REPORTED) warnings.push(at(lineStart, 'input/invisible-line', `this line holds only characters that show nothing (${shown}); it is read as a blank line, which ends a paragraph`));
      parts.push(' '.repeat(line.length));
    } else {
      for (const match of line.matchAll(HIDDEN)) {
        const ch = match[0];
        if (ALLOWED.has(ch)) continue;
        if (hidden++ < MAX_REPORTED) {
          errors.push(at(lineStart + match.index, 'input/control-character', `${characterName(ch)} shows nothing and is not allowed in a report's text; remove it`));
        } else if (hidden === MAX_REPORTED + 1) {
          unlisted = lineStart + match.index;
        }
      }
      parts.push(line);
    }
    if (eol && eol !== '\n' && eol !== '\r\n' && !oddEnd) oddEnd = { offset: end, ch: eol };
    parts.push(eol === '' || eol === '\r\n' ? eol : '\n'.repeat(eol.length));
    lineStart = end + eol.length;
  };
  const body = text.slice(begin);
  for (const match of body.matchAll(LINE_END)) addLine(begin + match.index, match[0]);
  addLine(text.length, '');
  if (hidden > MAX_REPORTED) {
    errors.push(at(unlisted, 'input/control-character', `this and ${hidden - MAX_REPORTED - 1} more characters that show nothing are not listed one by one; remove them all`));
  }
  const odd = oddEnd as { offset: number; ch: string } | null;
  if (odd) warnings.push(at(odd.offset, 'input/line-ends', `lines end in ${LINE_END_NAMES[odd.ch]}; each is read as a line end (save the file with LF or CRLF line ends)`));
  return { view: parts.join(''), errors, warnings };
}
