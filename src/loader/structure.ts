/**
 * The report's layout: date, dateline, paragraphs, sentences, and what
 * closes it (credit, byline, sign-off), each with its exact span in the
 * source.
 */
import type { Span } from '../schema/article.ts';
import { readDateline, lookup, type Dateline } from './dateline.ts';
import { layoutOf, MAX_PARAGRAPH_LENGTH, MAX_REPORT_LENGTH } from './characters.ts';
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

/** The report's own date line, ` date YYYY-MM-DD`, and a file name's leading date. */
export const HEADER = /^\s*date[ \t]+(\S*)/;
export const FILE_DATE = /^(\d{4}-\d{2}-\d{2})(?:[^0-9]|$)/;
// "(साभार- …)", "साभार – हिस", and "(एजेंसी इनपुट के साथ)": who the report is owed to.
const CREDIT_OPENING = /^(?:\(\s*(?:साभार|इनपुट|सौजन्य)\s*[-–—:]|(?:साभार|इनपुट|सौजन्य)\s*[-–—:]\s*\S[^।|\n]{0,40}$|\([^()।|\n]{0,30}(?:इनपुट|साभार|सौजन्य)[^()।|\n]{0,30}\)$)/u;
// A syndicated report closes with who published it, on whose permission: "… की स्वीकृति से … द्वारा प्रकाशित";
// a sentence that someone says ("… ने कहा कि … द्वारा प्रकाशित") is not that line.
const CREDIT_PUBLISHED = /^[^।|!?\n]{1,80}\sकी\s+(?:स्वीकृति|अनुमति)\s+से\s[^।|!?\n]{1,80}\sद्वारा\s+प्रकाशित(?:\s*[।|.])?$/u;
const SAYS = /(?:^|\s)(?:ने|कहा|बताया)(?=\s|$)/u;
const isCredit = (body: string) => CREDIT_OPENING.test(body) || (CREDIT_PUBLISHED.test(body) && !SAYS.test(body));
const SIGNOFF = /^[-–—]{1,2}[ \t]*(\S[^\n]{0,40}?)\s*$/u;
// A reporter's name in brackets closes some reports: "(श्याओयांग)".
const BYLINE = /^\([^()।|\n]{1,40}\)$/u;
// …or a short line of names with no sentence in it: "शोभना", the desk's initials.
const NAME_LINE = /^[\p{L}\p{M}][\p{L}\p{M} ./]{0,40}$/u;
// A line of symbols closes some reports ("*****", "-0-", "###"): furniture, not a sentence.
const SYMBOLS_LINE = /^[\p{P}\p{S}0\s]{3,40}$/u;
const MAX_BYLINE_WORDS = 4;
const segmenter = new Intl.Segmenter('hi', { granularity: 'sentence' });
const ABBREVIATION_TAIL = Math.max(...ABBREVIATIONS.map((a) => a.length)) + 2;
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')})\\.$`, 'u');

/**
 * The report's layout, read from a copy of the source with one kind of line
 * end (characters.ts); sentences and closing lines keep the source's text.
 * `today` (YYYY-MM-DD, UTC): a report dated later than the day after is refused.
 */
export function readStructure(
  source: string,
  file: string,
  gazetteer: GazetteerIndex,
  today: string = new Date().toISOString().slice(0, 10),
): { structure?: Structure; errors: LoaderError[]; warnings: LoaderError[] } {
  const at = errorsIn(file, source);
  if (source.length > MAX_REPORT_LENGTH) {
    const message = `the report is ${source.length.toLocaleString('en')} characters long, more than the ${MAX_REPORT_LENGTH.toLocaleString('en')} a report may hold: is this one report?`;
    return { errors: [at(MAX_REPORT_LENGTH, 'input/too-large', message)], warnings: [] };
  }
  const { view: text, errors, warnings } = layoutOf(source, at);
  const begin = text.startsWith('\uFEFF') ? 1 : 0;
  if (text.slice(begin).trim() === '') return { errors: [...errors, at(begin, 'input/empty', 'the report is empty')], warnings };

  const header = HEADER.exec(text.slice(begin));
  const fromName = FILE_DATE.exec(file.split(/[\\/]/).pop() ?? '');
  let date: string;
  let headerEnd = begin;
  if (header) {
    date = header[1]!;
    headerEnd = begin + header[0].length;
    if (!isRealDate(date)) errors.push(at(headerEnd - date.length, 'header/invalid-date', `"${date}" is not a real date in the form YYYY-MM-DD`));
    else if (fromName && isRealDate(fromName[1]!) && fromName[1] !== date) {
      warnings.push(at(headerEnd - date.length, 'header/date-mismatch', `the header dates the report ${date} but its file name ${fromName[1]}: the header's date is used; correct the one that is wrong`));
    }
  } else if (fromName && isRealDate(fromName[1]!)) {
    date = fromName[1]!;
  } else {
    return { errors: [...errors, at(begin, 'header/missing-date', 'no date: start the report with " date YYYY-MM-DD" or name the file YYYY-MM-DD-….hi.txt')], warnings };
  }

  if (isRealDate(date) && date > dayAfter(today)) {
    const offset = header ? headerEnd - date.length : begin;
    errors.push(at(offset, 'header/future-date', `the report is dated ${date}, after today (${today}): correct the date${header ? '' : ' in the file name'}`));
  }

  const blocks = paragraphBlocks(text, headerEnd);
  const long = blocks.filter(([start, end]) => end - start > MAX_PARAGRAPH_LENGTH);
  if (long.length > 0) {
    const tooLong = ([start, end]: [number, number]) =>
      at(start, 'structure/paragraph-too-long', `this paragraph is ${(end - start).toLocaleString('en')} characters long, more than the ${MAX_PARAGRAPH_LENGTH.toLocaleString('en')} a paragraph may hold: separate paragraphs with a blank line`);
    return { errors: [...errors, ...long.map(tooLong)], warnings };
  }
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
  const closingFrom = closingStart(text, blocks, (body) => signoffOf(body, gazetteer) !== null);
  // Paragraphs split off a block (a byline closing the last statement's) come after it in the numbering.
  let added = 0;
  blocks.forEach(([start, end], i) => {
    const n = i + 1 + added;
    const body = text.slice(start, end);
    if (i === 0) {
      paragraphs.push({ n, span: [start, end], kind: 'lead', sentences: sentencesOf(source, text, Math.max(start, leadBody), end, n) });
      return;
    }
    if (i < closingFrom) {
      const { sentences, byline: closing } = bodyOf(source, text, start, end, n, i === closingFrom - 1);
      if (!closing) {
        paragraphs.push({ n, span: [start, end], kind: 'statement', sentences });
        return;
      }
      // The statement ends with its last sentence; the byline is a paragraph of its own.
      paragraphs.push({ n, span: [start, sentences[sentences.length - 1]!.span[1]], kind: 'statement', sentences });
      paragraphs.push({ n: n + 1, span: closing.span, kind: 'byline', sentences: [] });
      byline = closing;
      added++;
      return;
    }
    // Names under a sign-off or byline ("भाषा / जोहेब मनीषा / मनीषा") belong to it.
    const last = paragraphs[paragraphs.length - 1]!;
    const closing = last.kind === 'signoff' ? signoff : last.kind === 'byline' ? byline : last.kind === 'credit' ? credit : null;
    // …and so does a line of symbols after any closing line.
    if (closing && ((last.kind !== 'credit' && NAME_LINE.test(body) && body.split(/\s+/u).length <= MAX_BYLINE_WORDS) || SYMBOLS_LINE.test(body))) {
      closing.span = [closing.span[0], end];
      closing.text = source.slice(...closing.span);
      last.span = closing.span;
      return;
    }
    if (signoff) {
      errors.push(at(start, 'structure/trailing-text', 'text after the sign-off'));
      return;
    }
    // A second credit line is not a credit: the article has room for one.
    if (!credit && isCredit(body)) {
      credit = { span: [start, end], text: source.slice(start, end) };
      paragraphs.push({ n, span: [start, end], kind: 'credit', sentences: [] });
      return;
    }
    const so = signoffOf(body, gazetteer);
    if (so) {
      if (!so.agency) warnings.push(at(start, 'dateline/unknown-agency', `the sign-off agency "${so.written}" is not in the gazetteer`));
      signoff = { span: [start, end], text: source.slice(start, end), agency: so.agency };
      paragraphs.push({ n, span: [start, end], kind: 'signoff', sentences: [] });
      return;
    }
    if (!byline && (isByline(body) || SYMBOLS_LINE.test(body))) {
      byline = { span: [start, end], text: source.slice(start, end) };
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
 * Where the closing paragraphs begin: the first credit line in brackets or
 * sign-off after the lead, or else the run of closing lines (bylines, a
 * sign-off without its dashes, who published it) that ends the report.
 */
function closingStart(text: string, blocks: Array<[number, number]>, isSignoff: (body: string) => boolean): number {
  const bodies = blocks.map(([s, e]) => text.slice(s, e));
  const first = bodies.findIndex((body, i) => i > 0 && (CREDIT_OPENING.test(body) || isSignoff(body)));
  let tail = blocks.length;
  // The report has room for one credit line: a second, above it, is the report's own text.
  let credits = 0;
  const closing = (body: string) => (isCredit(body) && credits++ === 0) || isSignoff(body) || isByline(body) || SYMBOLS_LINE.test(body);
  while (tail > 1 && closing(bodies[tail - 1]!)) tail--;
  return first === -1 ? tail : Math.min(first, tail);
}

/** "--आईएएनएस", or a closing line that opens with the agency: "भाषा खारी शोभना". */
function signoffOf(body: string, gz: GazetteerIndex): { written: string; agency: string | null } | null {
  if (SYMBOLS_LINE.test(body)) return null;
  const dashed = SIGNOFF.exec(body);
  if (dashed) return { written: dashed[1]!, agency: lookup(gz.agencies, dashed[1]!)?.id ?? null };
  if (!NAME_LINE.test(body) || body.split(/\s+/u).length > MAX_BYLINE_WORDS) return null;
  // "भाषा खारी शोभना", "हिन्दुस्थान समाचार/सुनीत": the agency, then the desk.
  const words = body.split(/[\s/]+/u);
  for (let n = words.length; n >= 1; n--) {
    const agency = lookup(gz.agencies, words.slice(0, n).join(' '));
    if (agency) return { written: words.slice(0, n).join(' '), agency: agency.id };
  }
  return null;
}

function isByline(body: string): boolean {
  return (BYLINE.test(body) || NAME_LINE.test(body)) && body.split(/\s+/u).length <= MAX_BYLINE_WORDS && !isCredit(body);
}

/** A body paragraph's sentences; the last one may end in a byline in brackets. */
function bodyOf(source: string, text: string, start: number, end: number, n: number, last: boolean): { sentences: SentenceSpan[]; byline: Closing | null } {
  const sentences = sentencesOf(source, text, start, end, n);
  const final = sentences[sentences.length - 1];
  if (last && sentences.length > 1 && final && BYLINE.test(final.text) && final.text.split(/\s+/u).length <= MAX_BYLINE_WORDS) {
    sentences.pop();
    return { sentences, byline: { span: final.span, text: final.text } };
  }
  return { sentences, byline: null };
}

/** The day after `date`: a report written in India may carry tomorrow's date by the clock of the build. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
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
    // Only up to `end`: a run of blank lines is stepped over once, not once per line.
    let start = cursor;
    while (start < end && /\s/u.test(text[start]!)) start++;
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

/** The sentences of `[start, end)`, found in the layout's `text` and worded as in the `source`. */
function sentencesOf(source: string, text: string, start: number, end: number, paragraph: number): SentenceSpan[] {
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
    // Only the end of the sentence so far is read, so a run of initials costs no more than its length.
    if (previous && ABBREVIATION.test(text.slice(Math.max(previous[0], previous[1] - ABBREVIATION_TAIL), previous[1]))) previous[1] = span[1];
    else spans.push(span);
  }
  return spans.map((span, i) => ({ id: `p${paragraph}.s${i + 1}`, paragraph, span, text: source.slice(...span) }));
}
