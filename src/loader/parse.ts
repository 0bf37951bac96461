/**
 * `parse(text, file, options)`: the pure core of the loader. It reads no
 * files; it turns one report's text into a Hindi article (English comes from
 * the translation step) with the warnings of what it left undecided, or a
 * list of located errors when the report cannot be read.
 */
import { createHash } from 'node:crypto';
import { ArticleSchema, type Article } from '../schema/article.ts';
import { attribute } from './attribute.ts';
import { byPlace, errorsIn, type LoaderError, type LoaderWarning } from './errors.ts';
import { entryEndingAt, indexGazetteer, keyOffsets, type Gazetteer, type GazetteerIndex } from './gazetteer.ts';
import { decideMeetings, occasionOf, readSetting } from './meeting.ts';
import { introductions, readParticipants } from './participants.ts';
import { overrideErrors } from './overrides.ts';
import type { FoundPerson } from './people.ts';
import { readStructure } from './structure.ts';
import { matchesAt, tokenize, type Token } from './tokens.ts';
import { schemaErrors } from './validate.ts';

export interface ParseOptions {
  gazetteer: Gazetteer;
  /** Where the gazetteer came from, for errors about its overrides. */
  gazetteerFile?: string;
  /** The gazetteer as written, to locate those errors at a line. */
  gazetteerText?: string;
  /** The report id; defaults to `reportId(file)`. */
  id?: string;
  /** Today's date (YYYY-MM-DD), against which a report's date is checked; defaults to the clock's. */
  today?: string;
}

export type ParseResult =
  | { ok: true; article: Article; warnings: LoaderWarning[] }
  | { ok: false; errors: LoaderError[]; warnings: LoaderWarning[] };

/** The id rule: the file name without `.hi.txt`, lower case, other characters as "-". */
export function reportId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.hi\.txt$/, '').replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

export function parse(text: string, file: string, options: ParseOptions): ParseResult {
  const warnings: LoaderWarning[] = [];
  const fail = (errors: LoaderError[]): ParseResult => ({ ok: false, errors: errors.sort(byPlace), warnings: warnings.sort(byPlace) });
  const gz = indexGazetteer(options.gazetteer);
  const id = options.id ?? reportId(file);
  // Each stage runs when its input exists, even after an earlier stage's
  // errors, so a report's errors come all at once.
  const read = readStructure(text, file, gz, options.today);
  const { structure, errors } = read;
  warnings.push(...read.warnings);
  if (!structure) return fail(errors);

  const leadParagraph = structure.paragraphs[0];
  if (!leadParagraph?.sentences.length) return fail(errors);
  const leadSentences = leadParagraph.sentences.map((s) => tokenize(s.text, s.span[0]));
  const leadTokens = leadSentences.flat();
  const rest = structure.paragraphs.slice(1).flatMap((p) => p.sentences.map((s) => tokenize(s.text, s.span[0])));
  const all = [...leadSentences, ...rest];
  // The meeting's sentence, and what it says of where: a leader named without a country is of the venue's.
  const bothSides = (s: Token[]) => new Set(introductions(s, gz, () => {}).intros.map((i) => i.country?.code ?? i.listed?.country ?? null)).size >= 2;
  const setting = readSetting(all, leadSentences.length, structure.dateline, gz, bothSides);
  const who = readParticipants(all, setting.sentence, text, file, gz, setting, structure.date);
  errors.push(...who.errors);
  warnings.push(...who.warnings);
  // With no leaders, attribution could only echo these errors.
  if (!who.participants) return fail(errors);
  const { protagonist, counterparts } = who.participants;

  const countryOf = (tokens: readonly Token[], end: number) => countryEndingAt(tokens, end, gz);
  const decisions = options.gazetteer.decisions.filter((d) => d.report === id);
  const gazetteerFile = options.gazetteerFile ?? 'gazetteer';
  const gazetteerText = options.gazetteerText ?? '';
  const decided = decideMeetings({
    sentences: all,
    setting,
    protagonist,
    counterparts,
    dateline: structure.dateline,
    date: structure.date,
    decisions,
    gazetteerDecisions: options.gazetteer.decisions,
    gz,
    scope: { countryOf },
    text,
    file,
    gazetteerFile,
    gazetteerText,
  });
  errors.push(...decided.errors, ...decisionErrors(options.gazetteer, id, decided.meetings.map((m) => m.id), gazetteerFile, gazetteerText));
  warnings.push(...decided.warnings);
  const at = errorsIn(file, text);
  const leadStart = leadTokens[0]?.start ?? 0;
  const venueUnknown = decided.meetings.some((m) => m.venue.from === 'unknown');
  if (venueUnknown) {
    warnings.push(at(leadStart, 'entity/no-venue', 'the meeting\'s sentence names no place the gazetteer knows ("<place> में", "यहां"); the venue is left unknown (a decision in the gazetteer can settle it)'));
  }

  const overrides = options.gazetteer.overrides.filter((o) => o.report === id);
  const { attributions, encounters, warnings: undecided } = attribute(structure.paragraphs, protagonist, counterparts, overrides, { countryOf }, text, file);
  warnings.push(...undecided);
  const sentences = structure.paragraphs.flatMap((p) => p.sentences);
  const scope = { report: id, sentences: new Set(sentences.map((s) => s.id)), protagonist, counterparts };
  errors.push(...overrideErrors(options.gazetteer, scope, gazetteerFile, gazetteerText));
  for (const meeting of decided.meetings) {
    if (![...attributions.values()].some((a) => a.meeting === meeting.id)) {
      const first = meeting.counterparts[0]!;
      warnings.push(at(first.introducedAt, 'attribution/no-statements', `no sentence is attributed to the meeting with "${first.nameHi}"; its card will be empty`));
    }
  }
  if (errors.length > 0) return fail(errors);

  const people = [protagonist, ...counterparts];
  const places = new Map<string, Article['places'][number]>();
  const editors = new Set(options.gazetteer.places.map((p) => p.id));
  /** `written`: how the text spells the place; a place from the dataset is named so in Hindi, as the report has it. */
  const addPlace = (placeId: string | null | undefined, role: Article['places'][number]['roles'][number], written?: string) => {
    const place = placeId ? gz.place(placeId) : undefined;
    if (!place) return;
    const hi = written && !editors.has(place.id) ? written : place.name.hi;
    const entry = places.get(place.id) ?? { id: place.id, name: { en: place.name.en, ...(hi ? { hi } : {}) }, country: place.country, lat: place.lat, lon: place.lon, roles: [] };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    places.set(place.id, entry);
  };
  addPlace(structure.dateline?.place, 'dateline');
  for (const { venue } of decided.meetings) addPlace(venue.value, 'venue', venue.from === 'text' && venue.rule === 'place' ? venue.hi : undefined);
  for (const person of people) addPlace(gz.country(person.country)?.capital?.id, 'capital');
  const attributionOf = (sentenceId: string) => attributions.get(sentenceId) ?? { meeting: null, speaker: null };
  const occasion = occasionOf(setting);

  const article: Article = {
    schemaVersion: 4,
    id,
    source: { file, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), text },
    date: structure.date,
    dateFrom: structure.dateFrom,
    headline: null,
    summary: null,
    header: structure.header && { span: structure.header },
    dateline: structure.dateline && {
      span: structure.dateline.span,
      text: { hi: structure.dateline.text },
      place: structure.dateline.place,
      agency: structure.dateline.agency,
    },
    credit: structure.credit && { span: structure.credit.span, text: { hi: structure.credit.text } },
    signoff: structure.signoff && { span: structure.signoff.span, text: { hi: structure.signoff.text }, agency: structure.signoff.agency },
    byline: structure.byline && { span: structure.byline.span, text: { hi: structure.byline.text } },
    protagonist: protagonist.id,
    occasion: occasion && { span: occasion, text: { hi: text.slice(...occasion) } },
    paragraphs: structure.paragraphs.map((p) => ({ n: p.n, span: p.span, kind: p.kind, sentences: p.sentences.map((s) => s.id) })),
    sentences: sentences.map((s) => ({ id: s.id, paragraph: s.paragraph, span: s.span, text: { hi: s.text }, ...attributionOf(s.id) })),
    people: people.map((p) => ({
      id: p.id,
      name: { hi: p.nameHi, ...(p.nameEn ? { en: p.nameEn } : {}) },
      spellings: p.spellings,
      title: p.title,
      country: p.country,
      role: p.role,
      fromText: p.fromText,
    })),
    countries: uniqueBy(people, (p) => p.country).map((p) => ({
      code: p.country,
      role: p.role,
      spelling: spellingOfCountry([leadTokens, rest.flat()], p, gz),
      capital: gz.country(p.country)?.capital?.id ?? null,
    })),
    places: [...places.values()],
    meetings: decided.meetings.map((meeting) => {
      const cue = encounters.find((e) => e.meeting === meeting.id) ?? setting.encounter;
      return {
        id: meeting.id,
        country: meeting.country,
        protagonist: meeting.protagonist.id,
        counterparts: meeting.counterparts.map((c) => c.id),
        host: meeting.host,
        kind: cue?.kind ?? 'bhent',
        kindWord: cue ? { span: cue.span, hi: cue.hi } : null,
        date: meeting.date,
        venue: meeting.venue,
        remote: meeting.remote,
        statements: runsOf(sentences.filter((s) => attributionOf(s.id).meeting === meeting.id), (s) => attributionOf(s.id).speaker),
      };
    }),
  };
  const invalid = schemaErrors(ArticleSchema, article, file);
  return invalid.length > 0 ? fail(invalid) : { ok: true, article, warnings: warnings.sort(byPlace) };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}

/** A decision for a meeting the report does not have: an error at the decision. */
function decisionErrors(gazetteer: ParseOptions['gazetteer'], report: string, meetings: readonly string[], file: string, text: string): LoaderError[] {
  const at = errorsIn(file, text);
  const valueAt = keyOffsets(text, 'value');
  return gazetteer.decisions.flatMap((d, i) =>
    d.report === report && d.meeting !== undefined && !meetings.includes(d.meeting)
      ? [at(valueAt[i] ?? 0, 'gazetteer/invalid', `the decision on the ${d.fact} of ${report} names meeting "${d.meeting}", which the report does not have (${meetings.join(', ')})`)]
      : [],
  );
}

/** Consecutive sentences by one speaker (or by no one) form one statement. */
function runsOf<T extends { id: string }>(items: readonly T[], speakerOf: (item: T) => string | null) {
  const runs: Array<{ speaker: string | null; sentences: string[] }> = [];
  for (const item of items) {
    const speaker = speakerOf(item);
    const last = runs[runs.length - 1];
    if (last && last.speaker === speaker) last.sentences.push(item.id);
    else runs.push({ speaker, sentences: [item.id] });
  }
  return runs;
}

/** A country name or adjective ending at token `end`, for checking "चीनी राष्ट्रपति" against a person. */
function countryEndingAt(tokens: readonly Token[], end: number, gz: GazetteerIndex): { code: string; length: number } | null {
  for (const index of [gz.countries, gz.demonyms]) {
    const found = entryEndingAt(tokens, end, index);
    if (found) return { code: found.value.code, length: found.words.length };
  }
  return null;
}

const platformNames = new Intl.DisplayNames('hi', { type: 'region', fallback: 'code' });

/**
 * How the report spells the person's country: the lead's spelling, else the
 * first elsewhere in the report; else, when it never names the country (only
 * its adjective, चीनी), the platform's name, as the interface would show it.
 */
function spellingOfCountry(reports: ReadonlyArray<readonly Token[]>, person: FoundPerson, gz: GazetteerIndex): string {
  const names = gz.countries.entries.filter((e) => e.value.code === person.country);
  for (const tokens of reports) {
    for (const { words, loose } of names) {
      const i = tokens.findIndex((_, k) => matchesAt(tokens, k, words, loose));
      if (i >= 0) return tokens.slice(i, i + words.length).map((t) => t.text).join(' ');
    }
  }
  return platformNames.of(person.country) ?? person.country;
}
