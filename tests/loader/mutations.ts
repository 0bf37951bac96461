/**
 * Ways to damage a report or its translation at random, for the property
 * tests (properties.test.ts, on the seed) and the fuzz suite (fuzz/, on every
 * report). Each arbitrary describes the damage, not the damaged text, so a
 * counterexample reads; the functions beside it apply it to any text.
 */
import fc from 'fast-check';

export const encode = (text: string) => new TextEncoder().encode(text);
/** Bytes as the loader sees them when it reports a bad one: U+FFFD for each. */
export const lossy = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** The words of a text, for edits that look like the report. */
export const wordsOf = (text: string) => [...new Set(text.split(/[\s,।()]+/u).filter(Boolean))];

export const poWords = ['msgctxt ', 'msgid ', 'msgstr ', 'msgstr[0] ', 'msgid_plural ', '#, fuzzy\n', '#~ ', '#. ', '"', '\\', '\\n', '\\"', '""', 'p2.s1', 'editorial/headline'];
export const special = [
  '।', '॥', ',', '(', ')', '-', '--', ' ', '\t', '\u00A0', '\n', '\n\n', '\r', '\r\n', '\u2028',
  '\u093C', '\u200D', '\u200C', '\u0000', '\u202E', '\uFEFF', '\uFFFD', '\uD800', '😀', '👍🏽', '🇮🇳',
  '<b>', '</b>', 'date ', ' date 2025-08-31 ', '(साभार- ', '--आईएएनएस', 'ने कहा कि ', 'से मुलाकात के समय ', 'के राष्ट्रपति ',
];
/**
 * Characters careless or hostile input brings: line ends of other systems,
 * spaces and marks that show nothing, direction overrides, a byte-order mark
 * inside the text, NUL, markup.
 */
export const hostile = [
  '\r', '\r\n', '\n\r', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C', '\u3000', '\u200B', '\u00A0', '\u0000', '\u200E', '\u200F',
  '\u202A', '\u202E', '\u202C', '\u2066', '\u2069', '\uFEFF', '\u200D', '\u200C', '\u2060', '\u00AD', '\u034F', '\uFFFE', '\uFFFF',
  '\uD800', '\uDC00', '\u0007', '\u001B', '\u007F', '\u0301', '\u093C\u093C', '\u094D\u094D', '\u0964\u0964',
  '<script>alert(1)</script>', '<script>', '</p>', '<img src=x onerror=alert(1)>', '&amp;', '&#x202E;', '"', "'", '\\', '${x}', '{{x}}', '%s',
  '=HYPERLINK("http://x","y")', '\u{1F600}', '\u{1F1EE}\u{1F1F3}', '\u{E0001}', '\u{10FFFF}', '   ', '\t\t', ' \n', '\n \n',
];

export const devanagari = fc.integer({ min: 0x0900, max: 0x097f }).map((c) => String.fromCharCode(c));

/** A short piece of text: a special string, a word of the text, Devanagari, or any grapheme. */
export const fragmentArb = (words: readonly string[], extra: readonly string[] = []) =>
  fc.oneof(
    fc.constantFrom(...special, ...extra),
    fc.constantFrom(...(words.length > 0 ? words : ['शब्द'])),
    fc.string({ unit: devanagari, minLength: 1, maxLength: 4 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
  );

export interface Edit {
  op: 'insert' | 'delete' | 'replace';
  at: number;
  length: number;
  with: string;
}

export const editArb = (words: readonly string[], extra: readonly string[] = []) =>
  fc.record({
    op: fc.constantFrom<Edit['op']>('insert', 'delete', 'replace'),
    at: fc.nat(),
    length: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 80 })),
    with: fragmentArb(words, extra),
  });
export const editsArb = (words: readonly string[], extra: readonly string[] = [], maxLength = 4) =>
  fc.array(editArb(words, extra), { minLength: 1, maxLength });

/** Edits at any place (`at` is taken modulo the text's length plus one). */
export function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  const end = Math.min(text.length, at + e.length);
  if (e.op === 'insert') return text.slice(0, at) + e.with + text.slice(at);
  if (e.op === 'delete') return text.slice(0, at) + text.slice(end);
  return text.slice(0, at) + e.with + text.slice(end);
}
export const applyEdits = (text: string, edits: readonly Edit[]) => edits.reduce(applyEdit, text);

/** Keep the first `at` code units, or drop them. */
export const truncationArb = (length: number) => fc.record({ at: fc.nat({ max: length }), keep: fc.constantFrom<'head' | 'tail'>('head', 'tail') });
export const truncate = (text: string, { at, keep }: { at: number; keep: 'head' | 'tail' }) => (keep === 'head' ? text.slice(0, at) : text.slice(at));

/** Paragraphs with the blank line that ends each: joined, they are the text. */
export const paragraphsOf = (text: string) => text.split(/(?<=\n\n)/);

export interface Duplication {
  kind: 'slice' | 'paragraph';
  a: number;
  b: number;
  to: number;
}
export const duplicationArb = (paragraphs: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('slice' as const), a: fc.nat(), b: fc.nat(), to: fc.nat() }),
    fc.record({ kind: fc.constant('paragraph' as const), a: fc.nat({ max: paragraphs - 1 }), b: fc.constant(0), to: fc.nat({ max: paragraphs }) }),
  );
/** A copy of one paragraph put before another, or of a slice (up to 400 code units) put anywhere. */
export function duplicate(text: string, d: Duplication): string {
  if (d.kind === 'paragraph') {
    const paragraphs = paragraphsOf(text);
    const copy = [...paragraphs];
    copy.splice(d.to % (paragraphs.length + 1), 0, paragraphs[d.a % paragraphs.length]!);
    return copy.join('');
  }
  const a = d.a % (text.length + 1);
  const b = a + (d.b % Math.min(400, text.length - a + 1));
  const to = d.to % (text.length + 1);
  return text.slice(0, to) + text.slice(a, b) + text.slice(to);
}

/** One slice of the text, repeated in place: a paragraph far longer than any report's. */
export interface Inflation {
  a: number;
  length: number;
  times: number;
}
export const inflationArb = fc.record({ a: fc.nat(), length: fc.integer({ min: 1, max: 300 }), times: fc.integer({ min: 2, max: 120 }) });
export function inflate(text: string, { a, length, times }: Inflation): string {
  const start = a % (text.length + 1);
  const end = Math.min(text.length, start + length);
  return text.slice(0, end) + text.slice(start, end).repeat(times - 1) + text.slice(end);
}

/** Line ends, one for each LF of the text (used in turn when there are fewer). */
export const lineEndingsArb = (breaks: number, others: readonly string[] = []) =>
  fc.oneof(
    fc.array(fc.constantFrom('\n', '\r\n'), { minLength: breaks, maxLength: breaks }),
    fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\r', '\r\r\n', ...others), { minLength: breaks, maxLength: breaks }),
  );
/** Line ends of other systems, and of none: what a careless editor or a copy from the web leaves. */
export const foreignLineEnds = ['\u2028', '\u2029', '\u0085', '\u000B', '\u000C', '\n\u200B', ' \n', '\n\uFEFF'];
export const breaksOf = (text: string) => text.split('\n').length - 1;
export function withLineEndings(text: string, endings: readonly string[]): string {
  if (endings.length === 0) return text;
  let i = 0;
  return text.replace(/\n/g, () => endings[i++ % endings.length]!);
}

export interface ByteEdit {
  op: 'flip' | 'insert' | 'delete';
  at: number;
  byte: number;
}
export const byteEditsArb = fc.array(
  fc.record({
    op: fc.constantFrom<ByteEdit['op']>('flip', 'insert', 'delete'),
    at: fc.nat(),
    byte: fc.oneof(fc.integer({ min: 1, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf8, 0xff)),
  }),
  { minLength: 1, maxLength: 4 },
);
export function corrupt(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let out = [...bytes];
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    if (e.op === 'insert') out = [...out.slice(0, at), e.byte, ...out.slice(at)];
    else if (at < out.length && e.op === 'delete') out = [...out.slice(0, at), ...out.slice(at + 1)];
    else if (at < out.length) out[at] = out[at]! ^ e.byte;
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------------------
// Translation files

export type PoLineEdit = { op: 'drop' | 'copy' | 'move'; a: number; to: number };
export const poLineEditArb = (lines: number) => fc.record({ op: fc.constantFrom<PoLineEdit['op']>('drop', 'copy', 'move'), a: fc.nat(), to: fc.nat({ max: lines }) });
/** Drop a line, copy it elsewhere or move it. */
export function editPoLines(text: string, d: PoLineEdit): string {
  const lines = text.split('\n');
  const a = d.a % lines.length;
  const [line] = d.op === 'copy' ? [lines[a]!] : lines.splice(a, 1);
  if (d.op !== 'drop') lines.splice(Math.min(d.to, lines.length), 0, line!);
  return lines.join('\n');
}

/** Indexes of the lines that give a value: msgctxt, msgid or msgstr (or only the keywords asked for). */
export const poValueLinesOf = (po: string, keywords: readonly string[] = ['msgctxt', 'msgid', 'msgstr']) =>
  po.split('\n').flatMap((line, i) => (new RegExp(`^(${keywords.join('|')}) "`).test(line) ? [i] : []));

export type PoValueEdit = { line: number; value: string };
/** Replace the quoted value of one line. */
export const poValueArb = (lines: readonly number[], words: readonly string[], extra: readonly string[] = poWords) =>
  fc.record({ line: fc.constantFrom(...lines), value: fc.oneof(fc.constantFrom('', ' ', '\\n', '\\"'), fragmentArb(words, extra)) });
export function setPoValue(text: string, { line, value }: PoValueEdit): string {
  const lines = text.split('\n');
  lines[line] = lines[line]!.replace(/".*"/, () => `"${value}"`);
  return lines.join('\n');
}

export type PoValueEdits = { line: number; edits: Edit[] };
/** Edit the text inside the quotes of one line, as a translator's slip would. */
export const poValueEditsArb = (lines: readonly number[], words: readonly string[], extra: readonly string[] = poWords) =>
  fc.record({ line: fc.constantFrom(...lines), edits: editsArb(words, extra, 3) });
export function editPoValue(text: string, { line, edits }: PoValueEdits): string {
  const lines = text.split('\n');
  lines[line] = lines[line]!.replace(/"(.*)"/, (_, inner: string) => `"${applyEdits(inner, edits)}"`);
  return lines.join('\n');
}
