/**
 * One CSV of every statement across reports, for researchers: a row per
 * sentence attributed to a speaker or set in a meeting, with its report,
 * meeting and that meeting's facts with where each comes from (`text`,
 * `editor` or `unknown`), speaker and the office the report gives them,
 * Hindi, English and its span in the report's source (`[start, end)` in
 * UTF-16 code units). RFC 4180, every field quoted, UTF-8
 * with a byte-order mark so spreadsheet programs read the Devanagari.
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

const field = (value: string | number | null | undefined) => `"${String(value ?? '').replace(/"/g, '""')}"`;

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
