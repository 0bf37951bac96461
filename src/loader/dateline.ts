/**
 * The dateline, in the forms newsrooms print it, or none at all:
 *   बीजिंग, 31 अगस्त (आईएएनएस)।       place, day and month, agency, danda
 *   बीजिंग, 9 नवंबर (आईएएनएस)|        "|" for the danda
 *   जोहानिसबर्ग (दक्षिण अफ्रीका), 23 अगस्त (भाषा)।   a region in brackets
 *   नई दिल्ली, 9 सितंबर।               no agency
 *   वाशिंगटन (आईएएनएस/सिन्हुआ)।        agencies, no date
 *   नई दिल्ली :  /  बीजिंग:            a colon
 *   राष्ट्रपति भवन : 21.05.2013        a press release's place and date
 *   नयी दिल्ली , अक्टूबर 15 --         month before day, a dash
 *   नई दिल्ली, 02 मार्च, (वीएनआई)      a comma before the agency
 *   नई दिल्ली (एजेंसी).                 a generic agency, a full stop
 *   मास्को।  /  नई दिल्ली, <lead>        a known place alone, before a danda or comma
 */
import type { Span } from '../schema/article.ts';
import type { LoaderError } from './errors.ts';
import type { GazetteerIndex, PhraseIndex } from './gazetteer.ts';
import { foldPhrase, loosen } from './normalize.ts';
import { MONTHS } from './vocabulary.ts';

export interface Dateline {
  span: Span;
  text: string;
  place: string | null;
  agency: string | null;
}

const DIGIT = '[0-9०-९]';
// A place runs up to the first bracket, comma, colon, danda or dash.
const PLACE = '[^\\s,।|:\\u0903()0-9०-९"“”][^,।|:\\u0903()\\n0-9०-९"“”]{0,40}?(?=[ \\t]*(?:[(,:\\u0903।|]|[-–—]))';
const DATELINE = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- the visarga (U+0903) stands alone in these classes, as a colon, not joined to a letter
  `^(?<place>${PLACE})[ \\t]*(?:\\((?<region>[^()\\n0-9०-९]{1,40})\\))?[ \\t]*` +
    `(?:,[ \\t]*(?<day>${DIGIT}{1,2})[ \\t]+(?<month>\\p{L}[\\p{L}\\p{M}]*)(?:[ \\t]*,?[ \\t]*${DIGIT}{4})?` +
    `|,[ \\t]*(?<monthFirst>\\p{L}[\\p{L}\\p{M}]*)[ \\t]+(?<dayAfter>${DIGIT}{1,2})(?:[ \\t]*,?[ \\t]*${DIGIT}{4})?` +
    `|[ \\t]*:[ \\t]*(?<numeric>${DIGIT}{1,2}[./-]${DIGIT}{1,2}[./-]${DIGIT}{2,4}))?` +
    `[ \\t]*(?:,?[ \\t]*\\((?<agency>[^()\\n0-9०-९]{1,40})\\))?[ \\t]*(?<end>[।|:\\u0903]|[-–—]{1,2}(?=\\s)|\\.(?=\\s))?`,
  'du',
);
const MAX_PLACE_WORDS = 4;
const MAX_ALONE_WORDS = 3;
// A place alone opens a report before a danda ("मास्को।", a word or three: no sentence is so short), or before a
// comma where the gazetteer or the dataset knows it ("नई दिल्ली, प्रधानमंत्री …"; "इस बीच," is no place).
const PLACE_ALONE = /^(?<place>[^\s,।|:()0-9०-९"“”'‘’][^,।|:()\n0-9०-९"“”'‘’]{0,40}?)[ \t]*(?<end>[।|]|,(?=[ \t]*\S))/u;
// A lead that opens "शी ने कहा:" is a sentence, not a place.
const CASE_MARKERS = new Set(['ने', 'से', 'को', 'का', 'की', 'के', 'में', 'है', 'हैं', 'पर']);
const MONTH_NUMBER = new Map(MONTHS.flatMap((names, i) => names.map((n) => [foldPhrase(n), i + 1] as const)));

type At = (offset: number, code: LoaderError['code'], message: string) => LoaderError;

/**
 * Reads a dateline at `start`, or returns null when the text there does not
 * have a dateline's shape: a short place followed by a date, an agency in
 * brackets, or a colon.
 */
export function readDateline(
  text: string,
  start: number,
  date: string | null,
  gz: GazetteerIndex,
  at: At,
): { dateline: Dateline; warnings: LoaderError[] } | null {
  const m = DATELINE.exec(text.slice(start));
  if (!m?.groups) return placeAlone(text, start, gz, at);
  const g: Record<string, string | undefined> = { ...m.groups };
  const monthKey = g.month !== undefined ? 'month' : 'monthFirst';
  const dayKey = g.day !== undefined ? 'day' : 'dayAfter';
  g.month ??= g.monthFirst;
  g.day ??= g.dayAfter;
  const place = g.place!.trim();
  const words = place.split(/\s+/u);
  if (words.length > MAX_PLACE_WORDS || words.some((w) => CASE_MARKERS.has(w))) return null;
  // Without a date, the one bracket is the agency's: "वाशिंगटन (आईएएनएस/सिन्हुआ)।".
  const agencyIndices = g.agency === undefined && g.region !== undefined && g.day === undefined && g.numeric === undefined ? 'region' : 'agency';
  if (agencyIndices === 'region') [g.agency, g.region] = [g.region, undefined];
  const dated = g.day !== undefined || g.numeric !== undefined;
  // A visarga stands in for a colon in some newsrooms' copy (अहमदाबाद\\u0903).
  const colon = (g.end === ':' || g.end === '\u0903') && !g.agency;
  if ((!dated && !g.agency && !colon) || (!dated && !g.end)) return placeAlone(text, start, gz, at);

  const warnings: LoaderError[] = [];
  const length = m[0].trimEnd().length;
  // "गांधीनगर/नई दिल्ली": the first place of the two the gazetteer knows.
  const found = lookup(gz.places, place) ?? place.split('/').map((p) => lookup(gz.places, p.trim())).find(Boolean);
  // A label in Latin script ("PM Modi:") is a site's kicker, not a place to look up.
  if (!found && !/[a-z]/iu.test(place)) warnings.push(at(start, 'dateline/unknown-place', `the dateline place "${place}" is not in the gazetteer; add it with its coordinates to show it`));
  let agency: string | null = null;
  if (g.agency) {
    const names = g.agency.split(/[/,]/u).map((a) => a.trim()).filter(Boolean);
    const known = names.map((n) => lookup(gz.agencies, n));
    agency = known.find(Boolean)?.id ?? null;
    const unknown = names.filter((_, i) => !known[i]);
    const offset = start + m.indices!.groups![agencyIndices]![0];
    if (unknown.length > 0) warnings.push(at(offset, 'dateline/unknown-agency', `the agency "${unknown.join('", "')}" is not in the gazetteer`));
  }
  if (g.day !== undefined && g.month !== undefined) {
    const month = MONTH_NUMBER.get(foldPhrase(g.month));
    const monthAt = start + m.indices!.groups![monthKey]![0];
    if (month === undefined) warnings.push(at(monthAt, 'dateline/unknown-month', `"${g.month}" is not the name of a month`));
    else if (date && (month !== Number(date.slice(5, 7)) || digits(g.day) !== Number(date.slice(8, 10)))) {
      warnings.push(at(start + m.indices!.groups![dayKey]![0], 'dateline/date-mismatch', `the dateline says "${g.day} ${g.month}" but the report's date is ${date}`));
    }
  }
  return { dateline: { span: [start, start + length], text: text.slice(start, start + length), place: found?.id ?? null, agency }, warnings };
}

/** "मास्को।", "नई दिल्ली, …": a place alone is the dateline. */
function placeAlone(text: string, start: number, gz: GazetteerIndex, at: At): { dateline: Dateline; warnings: LoaderError[] } | null {
  const m = PLACE_ALONE.exec(text.slice(start));
  if (!m?.groups) return null;
  const place = m.groups.place!.trim();
  const words = place.split(/\s+/u);
  if (words.length > MAX_ALONE_WORDS || words.some((w) => CASE_MARKERS.has(w))) return null;
  const found = lookup(gz.places, place);
  if (!found && m.groups.end === ',') return null;
  const length = m[0].length;
  const warnings = found ? [] : [at(start, 'dateline/unknown-place', `the dateline place "${place}" is not in the gazetteer; add it with its coordinates to show it`)];
  return { dateline: { span: [start, start + length], text: text.slice(start, start + length), place: found?.id ?? null, agency: null }, warnings };
}

function digits(written: string): number {
  return Number(written.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x966)));
}

export function lookup<T>(index: PhraseIndex<T>, phrase: string): T | undefined {
  const key = foldPhrase(phrase);
  const loose = key.split(' ').map(loosen).join(' ');
  return index.entries.find((e) => e.words.join(' ') === (e.loose ? loose : key))?.value;
}
