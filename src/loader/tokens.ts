import { fold } from './normalize.ts';

export interface Token {
  /** As written. */
  text: string;
  /** Folded comparison key. */
  key: string;
  start: number;
  end: number;
}

// Words are runs of anything but white space and the punctuation that the
// patterns step over; hyphenated words (अलग-अलग) stay one token.
const TOKEN = /[,।॥()"'“”‘’:;!?]|[^\s,।॥()"'“”‘’:;!?]+/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + match.index;
    tokens.push({ text: match[0], key: fold(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** Does the token sequence at `i` spell `words` (already folded)? */
export function matchesAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[i + k]?.key === word);
}
