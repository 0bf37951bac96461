import { fold, loosen } from './normalize.ts';
import { ABBREVIATIONS } from './vocabulary.ts';

export interface Token {
  /** As written. */
  text: string;
  /** Folded comparison key. */
  key: string;
  /** A looser key, for countries' names (normalize.ts). */
  loose: string;
  start: number;
  end: number;
}

// Words are runs of anything but white space and the punctuation that the
// patterns step over; hyphenated words (अलग-अलग) stay one token. "|" stands
// in for the danda in some newsrooms' copy.
const PUNCTUATION = ',।॥|()"\'“”‘’:;!?[\\]…–—';
// NEXT LINE (U+0085) ends a line as white space does.
const TOKEN = new RegExp(`[${PUNCTUATION}]|[^\\s\\u0085${PUNCTUATION}]+`, 'gu');
// A full stop closes a word (की.), but an initial keeps its own (एस., डॉ.);
// a dash or colon-dash after a word opens quoted words ("कहा- …", "न्यूज:-").
const TRAILING_STOP = new RegExp(`^(?!(?:${ABBREVIATIONS.join('|')})\\.$)(.+)\\.$`, 'su');
const TRAILING_DASH = /^(.+?)(:?-+)$/su;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const push = (word: string, start: number) => {
    const key = fold(word);
    tokens.push({ text: word, key, loose: loosen(key), start, end: start + word.length });
  };
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + match.index;
    const stop = TRAILING_STOP.exec(match[0]) ?? TRAILING_DASH.exec(match[0]);
    if (stop) {
      push(stop[1]!, start);
      push(match[0].slice(stop[1]!.length), start + stop[1]!.length);
    } else {
      push(match[0], start);
    }
  }
  return tokens;
}

/** Does the token sequence at `i` spell `words` (already folded; loosened, for a loose entry)? */
export function matchesAt(tokens: readonly Token[], i: number, words: readonly string[], loose = false): boolean {
  return words.length > 0 && words.every((word, k) => (loose ? tokens[i + k]?.loose : tokens[i + k]?.key) === word);
}

/** Folded word lists of phrases, longest first, for matching token by token. */
export function phrases(list: readonly string[]): string[][] {
  return list.map((p) => p.trim().split(/\s+/u).map(fold)).sort((a, b) => b.length - a.length);
}

/** The longest of `list` that starts at token `i`, or null. */
export function phraseAt(tokens: readonly Token[], i: number, list: readonly string[][]): string[] | null {
  return list.find((words) => matchesAt(tokens, i, words)) ?? null;
}

/** The longest of `list` that ends at token `end` (inclusive), or null. */
export function phraseEndingAt(tokens: readonly Token[], end: number, list: readonly string[][]): string[] | null {
  return list.find((words) => end - words.length + 1 >= 0 && matchesAt(tokens, end - words.length + 1, words)) ?? null;
}
