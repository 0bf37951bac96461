/**
 * The report's layout: date header, dateline, paragraphs, sentences, credit
 * and sign-off, each with its exact span in the source.
 */
import type { Span } from '../schema/article.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import type { GazetteerIndex } from './gazetteer.ts';
import { foldPhrase } from './normalize.ts';

export interface SentenceSpan {
  id: string;
  paragraph: number;
  span: Span;
  text: string;
}

export interface ParagraphSpan {
  n: number;
  span: Span;
  kind: 'lead' | 'statement' | 'credit' | 'signoff';
  sentences: SentenceSpan[];
}

export interface Structure {
  date: string;
  header: Span;
  dateline: { span: Span; text: string; place: string; agency: string };
  paragraphs: ParagraphSpan[];
  credit: { span: Span; text: string } | null;
  signoff: { span: Span; text: string; agency: string } | null;
}

/** Month names as Hindi datelines write them, January first. */
export const HINDI_MONTHS = ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];
// A Map, not an object: a month written "constructor" must not find a prototype key.
const MONTH_VARIANTS = new Map<string, number>([
  ...HINDI_MONTHS.map((m, i) => [foldPhrase(m), i + 1] as const),
  [foldPhrase('सितम्बर'), 9],
  [foldPhrase('नवम्बर'), 11],
  [foldPhrase('दिसम्बर'), 12],
  [foldPhrase('अक्तूबर'), 10],
]);

const HEADER = /^\s*date[ \t]+(\S*)/;
const DATELINE = /^([^,\n]+?),[ \t]*(\d{1,2})[ \t]+(\S+)[ \t]*\(([^)\n]+)\)[ \t]*।/du;
const CREDIT = /^\(साभार\s*[-–—:]/u;
const SIGNOFF = /^-{2,}\s*(\S.*?)\s*$/u;
const segmenter = new Intl.Segmenter('hi', { granularity: 'sentence' });

export function readStructure(text: string, file: string, gazetteer: GazetteerIndex): { structure?: Structure; errors: LoaderError[] } {
  const at = errorsIn(file, text);
  const errors: LoaderError[] = [];
  const begin = text.startsWith('\uFEFF') ? 1 : 0;
  if (text.slice(begin).trim() === '') return { errors: [at(begin, 'input/empty', 'the report is empty')] };

  const header = HEADER.exec(text.slice(begin));
  if (!header) return { errors: [at(begin, 'header/missing-date', 'the first line must start with " date YYYY-MM-DD"')] };
  const dateStart = begin + header[0].length - header[1]!.length;
  const date = header[1]!;
  if (!isRealDate(date)) errors.push(at(dateStart, 'header/invalid-date', `"${date}" is not a real date in the form YYYY-MM-DD`));
  const headerEnd = begin + header[0].length;

  const blocks = paragraphBlocks(text, headerEnd);
  const first = blocks[0];
  if (!first) return { errors: [...errors, at(headerEnd, 'structure/no-lead', 'the report has a date header but no text')] };

  const dl = DATELINE.exec(text.slice(first[0]));
  if (!dl) return { errors: [...errors, at(first[0], 'dateline/missing', 'expected a dateline such as "बीजिंग, 31 अगस्त (आईएएनएस)।" after the date')] };
  const datelineSpan: Span = [first[0], first[0] + dl[0].length];
  const place = lookup(gazetteer.places, dl[1]!);
  if (!place) errors.push(at(first[0], 'dateline/unknown-place', `the dateline place "${dl[1]}" is not in the gazetteer`));
  const agency = lookup(gazetteer.agencies, dl[4]!);
  if (!agency) errors.push(at(first[0] + dl[0].indexOf('(') + 1, 'dateline/unknown-agency', `the agency "${dl[4]}" is not in the gazetteer`));
  const month = MONTH_VARIANTS.get(foldPhrase(dl[3]!));
  const [, mm, dd] = date.split('-').map(Number);
  if (month === undefined) {
    errors.push(at(first[0] + dl.indices![3]![0], 'dateline/unknown-month', `"${dl[3]}" is not the name of a month`));
  } else if (isRealDate(date) && (month !== mm || Number(dl[2]) !== dd)) {
    errors.push(at(first[0] + dl[1]!.length + 1, 'dateline/date-mismatch', `the dateline says "${dl[2]} ${dl[3]}" but the header says ${date}`));
  }

  const paragraphs: ParagraphSpan[] = [];
  let credit: Structure['credit'] = null;
  let signoff: Structure['signoff'] = null;
  blocks.forEach(([start, end], i) => {
    const n = i + 1;
    const body = text.slice(start, end);
    if (signoff) {
      errors.push(at(start, 'structure/trailing-text', 'text after the sign-off'));
      return;
    }
    // A second credit line is not a credit: the article has room for one.
    if (i > 0 && !credit && CREDIT.test(body)) {
      credit = { span: [start, end], text: body };
      paragraphs.push({ n, span: [start, end], kind: 'credit', sentences: [] });
      return;
    }
    const so = i > 0 ? SIGNOFF.exec(body) : null;
    if (so) {
      const found = lookup(gazetteer.agencies, so[1]!);
      if (!found) errors.push(at(start, 'dateline/unknown-agency', `the sign-off agency "${so[1]}" is not in the gazetteer`));
      signoff = { span: [start, end], text: body, agency: found?.id ?? '' };
      paragraphs.push({ n, span: [start, end], kind: 'signoff', sentences: [] });
      return;
    }
    // Trailing text is not a statement: attributing it would only echo this error.
    if (credit) {
      errors.push(at(start, 'structure/trailing-text', 'a paragraph after the credit line that is not the sign-off'));
      return;
    }
    const bodyStart = i === 0 ? skipSpace(text, datelineSpan[1]) : start;
    paragraphs.push({ n, span: [start, end], kind: i === 0 ? 'lead' : 'statement', sentences: sentencesOf(text, bodyStart, end, n) });
  });

  if (paragraphs[0]?.sentences.length === 0) errors.push(at(datelineSpan[1], 'structure/no-lead', 'the dateline is not followed by a lead sentence'));
  if (!paragraphs.some((p) => p.kind === 'statement')) errors.push(at(first[0], 'structure/no-statements', 'the report has no paragraph after the lead'));
  // Returned even with errors, so later stages can report theirs too; an
  // unknown place or agency is '' and never reaches an article.
  return {
    errors,
    structure: {
      date,
      header: [headerEnd - header[0].trimStart().length, headerEnd],
      dateline: { span: datelineSpan, text: dl[0], place: place?.id ?? '', agency: agency?.id ?? '' },
      paragraphs,
      credit,
      signoff,
    },
  };
}

function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

function lookup<T>(index: { entries: Array<{ words: string[]; value: T }> }, phrase: string): T | undefined {
  const key = foldPhrase(phrase);
  return index.entries.find((e) => e.words.join(' ') === key)?.value;
}

/** `[start, end)` of each run of non-blank lines, trimmed of white space. */
function paragraphBlocks(text: string, from: number): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  const blank = /\n[ \t\r\f\v\u00A0]*(?=\n)|\n[ \t\r\f\v\u00A0]*$/g;
  let cursor = from;
  const flush = (end: number) => {
    const start = skipSpace(text, cursor);
    let stop = end;
    while (stop > start && /\s/u.test(text[stop - 1]!)) stop--;
    if (stop > start) blocks.push([start, stop]);
  };
  for (const match of text.slice(from).matchAll(blank)) {
    flush(from + match.index);
    cursor = from + match.index + match[0].length;
  }
  flush(text.length);
  return blocks;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

function sentencesOf(text: string, start: number, end: number, paragraph: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const body = text.slice(start, end);
  // Intl.Segmenter ends a sentence at every line end, but a hard-wrapped line
  // is not a sentence. Segment a copy with single line breaks (blank lines
  // already split paragraphs) as spaces of the same length, so its spans hold
  // for the original.
  const unwrapped = body.replace(/\r?\n/g, (eol) => ' '.repeat(eol.length));
  for (const { segment, index } of segmenter.segment(unwrapped)) {
    const trimmed = segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim() === '') continue;
    const span: Span = [start + index + lead, start + index + trimmed.length];
    out.push({ id: `p${paragraph}.s${out.length + 1}`, paragraph, span, text: text.slice(...span) });
  }
  return out;
}
