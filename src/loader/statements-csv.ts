/**
 * One CSV of every statement across reports, for researchers: a row per
 * sentence attributed to a speaker or set in a meeting, with its report,
 * meeting and that meeting's facts with where each comes from (`text`,
 * `editor` or `unknown`), speaker and the office the report gives them,
 * Hindi, English and its span in the report's source (`[start, end)` in
 * UTF-16 code units). RFC 4180, every field quoted, UTF-8
 * with a byte-order mark so spreadsheet programs read the Devanagari.
 *
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet program runs a
 * cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula (`=HYPERLINK(…)`), and report text and translations are not ours.
 * Every text cell that begins with one of those, or with their fullwidth
 * forms `＝` `＋` `－` `＠` (which some spreadsheet programs and input methods
 * fold to ASCII), gets a single quote `'` in front, inside the quotes, so it
 * shows as text; the rest of the cell is unchanged. Text cells are all but
 * the last two: `start` and `end` are numbers this module writes itself and
 * stay numbers.
 */
import type { Article } from '../schema/article.ts';

export const CSV_COLUMNS = [
  'report',
  'date',
  'meeting',
  'meeting_country',
  'held',
  'held_from',
  'venue',
  'venue_from',
  'host',
  'host_from',
  'remote',
  'speaker',
  'speaker_country',
  'speaker_hi',
  'speaker_en',
  'speaker_office',
  'sentence',
  'hindi',
  'english',
  'start',
  'end',
] as const;

/** What a spreadsheet program reads as the start of a formula (ASCII and fullwidth). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** A text cell as a spreadsheet program shows it: a leading formula character is neutralised. */
export const neutralise = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** One RFC 4180 field, always quoted; only text (strings) is neutralised, never the numbers written here. */
const field = (value: string | number | null | undefined) =>
  `"${(typeof value === 'string' ? neutralise(value) : String(value ?? '')).replace(/"/g, '""')}"`;

export function statementsCsv(articles: readonly Article[]): string {
  const rows = [CSV_COLUMNS.map(field).join(',')];
  const ordered = [...articles].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const article of ordered) {
    for (const s of article.sentences) {
      if (s.speaker === null && s.meeting === null) continue;
      const speaker = article.people.find((p) => p.id === s.speaker);
      const meeting = article.meetings.find((m) => m.id === s.meeting);
      const facts = meeting
        ? [meeting.date.value, meeting.date.from, meeting.venue.value, meeting.venue.from, meeting.host.value, meeting.host.from, meeting.remote?.by]
        : [null, null, null, null, null, null, null];
      const row = [article.id, article.date, s.meeting, meeting?.country, ...facts, s.speaker, speaker?.country, speaker?.name.hi, speaker?.name.en, speaker?.title.office?.en, s.id, s.text.hi, s.text.en, s.span[0], s.span[1]];
      rows.push(row.map(field).join(','));
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
