/**
 * The report's layout: date, dateline, paragraphs, sentences, and what
 * closes it (credit, byline, sign-off), each with its exact span in the
 * source.
 */
import type { Span } from '../schema/article.ts';
import { readDateline, lookup, type Dateline } from './dateline.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import type { GazetteerIndex } from './gazetteer.ts';
import { ABBREVIATIONS } from './vocabulary.ts';

export interface SentenceSpan {
  id: string;
  paragraph: number;
  span: Span;
  text: string;
}

export type ParagraphKind = 'lead' | 'statement' | 'credit' | 'signoff' | 'byline';

export interface ParagraphSpan {
  n: number;
  span: Span;
  kind: ParagraphKind;
  sentences: SentenceSpan[];
}

interface Closing {
  span: Span;
  text: string;
}

export interface Structure {
  date: string;
  dateFrom: 'header' | 'file';
  header: Span | null;
  dateline: Dateline | null;
  paragraphs: ParagraphSpan[];
  credit: Closing | null;
  signoff: (Closing & { agency: string | null }) | null;
  byline: Closing | null;
}

const HEADER = /^\s*date[ \t]+(\S*)/;
const FILE_DATE = /^(\d{4}-\d{2}-\d{2})(?:[^0-9]|$)/;
const CREDIT = /^\((?:साभार|इनपुट|सौजन्य)\s*[-–—:]/u;
const SIGNOFF = /^[-–—]{1,2}[ \t]*(\S[^\n]{0,40}?)\s*$/u;
// A reporter's name in brackets closes some reports: "(श्याओयांग)".
const BYLINE = /^\([^()।|\n]{1,40}\)$/u;
const MAX_BYLINE_WORDS = 4;
const segmenter = new Intl.Segmenter('hi', { granularity: 'sentence' });
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')})\\.$`, 'u');

export function readStructure(
  text: string,
  file: string,
  gazetteer: GazetteerIndex,
): { structure?: Structure; errors: LoaderError[]; warnings: LoaderError[] } {
  const at = errorsIn(file, text);
  const errors: LoaderError[] = [];
  const warnings: LoaderError[] = [];
  const begin = text.startsWith('\uFEFF') ? 1 : 0;
  if (text.slice(begin).trim() === '') return { errors: [at(begin, 'input/empty', 'the report is empty')], warnings };

  const header = HEADER.exec(text.slice(begin));
  const fromName = FILE_DATE.exec(file.split(/[\\/]/).pop() ?? '');
  let date: string;
  let headerEnd = begin;
  if (header) {
    date = header[1]!;
    headerEnd = begin + header[0].length;
    if (!isRealDate(date)) errors.push(at(headerEnd - date.length, 'header/invalid-date', `"${date}" is not a real date in the form YYYY-MM-DD`));
  } else if (fromName && isRealDate(fromName[1]!)) {
    date = fromName[1]!;
  } else {
    return { errors: [at(begin, 'header/missing-date', 'no date: start the report with " date YYYY-MM-DD" or name the file YYYY-MM-DD-….hi.txt')], warnings };
  }

  const blocks = paragraphBlocks(text, headerEnd);
  if (blocks.length === 0) return { errors: [...errors, at(headerEnd, 'structure/no-lead', 'the report has a date but no text')], warnings };

  const read = readDateline(text, blocks[0]![0], isRealDate(date) ? date : null, gazetteer, at);
  warnings.push(...(read?.warnings ?? []));
  const dateline = read?.dateline ?? null;
  // A dateline on a line of its own is not the lead.
  const leadBody = dateline ? skipSpace(text, dateline.span[1]) : blocks[0]![0];
  if (dateline && leadBody >= blocks[0]![1]) blocks.shift();
  if (blocks.length === 0) return { errors: [...errors, at(leadBody, 'structure/no-lead', 'the dateline is not followed by a lead')], warnings };

  const paragraphs: ParagraphSpan[] = [];
  let credit: Structure['credit'] = null;
  let signoff: Structure['signoff'] = null;
  let byline: Structure['byline'] = null;
  const closingFrom = closingStart(text, blocks);
  blocks.forEach(([start, end], i) => {
    const n = i + 1;
    const body = text.slice(start, end);
    if (i === 0) {
      paragraphs.push({ n, span: [start, end], kind: 'lead', sentences: sentencesOf(text, Math.max(start, leadBody), end, n) });
      return;
    }
    if (i < closingFrom) {
      const { sentences, byline: closing } = bodyOf(text, start, end, n, i === closingFrom - 1);
      paragraphs.push({ n, span: [start, end], kind: 'statement', sentences });
      if (closing) byline = closing;
      return;
    }
    if (signoff) {
      errors.push(at(start, 'structure/trailing-text', 'text after the sign-off'));
      return;
    }
    // A second credit line is not a credit: the article has room for one.
    if (!credit && CREDIT.test(body)) {
      credit = { span: [start, end], text: body };
      paragraphs.push({ n, span: [start, end], kind: 'credit', sentences: [] });
      return;
    }
    const so = SIGNOFF.exec(body);
    if (so) {
      const found = lookup(gazetteer.agencies, so[1]!);
      if (!found) warnings.push(at(start, 'dateline/unknown-agency', `the sign-off agency "${so[1]}" is not in the gazetteer`));
      signoff = { span: [start, end], text: body, agency: found?.id ?? null };
      paragraphs.push({ n, span: [start, end], kind: 'signoff', sentences: [] });
      return;
    }
    if (!byline && isByline(body)) {
      byline = { span: [start, end], text: body };
      paragraphs.push({ n, span: [start, end], kind: 'byline', sentences: [] });
      return;
    }
    errors.push(at(start, 'structure/trailing-text', 'a paragraph after the credit line that is not the sign-off'));
  });

  if (paragraphs[0]?.sentences.length === 0) errors.push(at(leadBody, 'structure/no-lead', 'the dateline is not followed by a lead sentence'));
  return {
    errors,
    warnings,
    structure: {
      date,
      dateFrom: header ? 'header' : 'file',
      header: header ? [headerEnd - header[0].trimStart().length, headerEnd] : null,
      dateline,
      paragraphs,
      credit,
      signoff,
      byline,
    },
  };
}

/**
 * Where the closing paragraphs begin: the first credit line or sign-off
 * after the lead, with a byline in brackets just before it; without either,
 * a byline paragraph at the very end.
 */
function closingStart(text: string, blocks: Array<[number, number]>): number {
  const closing = blocks.findIndex(([s, e], i) => i > 0 && (CREDIT.test(text.slice(s, e)) || SIGNOFF.test(text.slice(s, e))));
  const end = closing === -1 ? blocks.length : closing;
  const before = blocks[end - 1];
  return end > 1 && before && isByline(text.slice(...before)) ? end - 1 : end;
}

function isByline(body: string): boolean {
  return BYLINE.test(body) && body.split(/\s+/u).length <= MAX_BYLINE_WORDS && !CREDIT.test(body);
}

/** A body paragraph's sentences; the last one may end in a byline in brackets. */
function bodyOf(text: string, start: number, end: number, n: number, last: boolean): { sentences: SentenceSpan[]; byline: Closing | null } {
  const sentences = sentencesOf(text, start, end, n);
  const final = sentences[sentences.length - 1];
  if (last && sentences.length > 1 && final && isByline(final.text)) {
    sentences.pop();
    return { sentences, byline: { span: final.span, text: final.text } };
  }
  return { sentences, byline: null };
}

function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
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
  const body = text.slice(start, end);
  // Intl.Segmenter ends a sentence at every line end, but a hard-wrapped line
  // is not a sentence; and it does not know "|" as a danda. Segment a copy
  // with single line breaks as spaces and "|" as "।", each of the same
  // length, so its spans hold for the original.
  const copy = body.replace(/\r?\n/g, (eol) => ' '.repeat(eol.length)).replace(/\|/g, '।');
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(copy)) {
    const trimmed = segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim() === '') continue;
    const span: Span = [start + index + lead, start + index + trimmed.length];
    // "डॉ." and "एस." (an initial) end no sentence.
    const previous = spans[spans.length - 1];
    if (previous && ABBREVIATION.test(text.slice(...previous))) previous[1] = span[1];
    else spans.push(span);
  }
  return spans.map((span, i) => ({ id: `p${paragraph}.s${i + 1}`, paragraph, span, text: text.slice(...span) }));
}
