/**
 * `parse(text, file, options)`: the pure core of the loader. It reads no
 * files; it turns one report's text into a Hindi article (English comes from
 * the translation step) or a list of located errors.
 */
import { createHash } from 'node:crypto';
import { HindiArticleSchema, type HindiArticle } from '../schema/article.ts';
import { attribute } from './attribute.ts';
import { byPlace, type LoaderError } from './errors.ts';
import { indexGazetteer, type Gazetteer } from './gazetteer.ts';
import { readLead } from './lead.ts';
import { overrideErrors } from './overrides.ts';
import { readStructure } from './structure.ts';
import { matchesAt, tokenize } from './tokens.ts';
import { schemaErrors } from './validate.ts';

export interface ParseOptions {
  gazetteer: Gazetteer;
  /** Where the gazetteer came from, for errors about its overrides. */
  gazetteerFile?: string;
  /** The gazetteer as written, to locate those errors at a line. */
  gazetteerText?: string;
  /** The report id; defaults to `reportId(file)`. */
  id?: string;
}

export type ParseResult = { ok: true; article: HindiArticle } | { ok: false; errors: LoaderError[] };

export function reportId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.hi\.txt$/, '').replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

export function parse(text: string, file: string, options: ParseOptions): ParseResult {
  const fail = (errors: LoaderError[]): ParseResult => ({ ok: false, errors: errors.sort(byPlace) });
  const gz = indexGazetteer(options.gazetteer);
  const id = options.id ?? reportId(file);
  // Each stage runs when its input exists, even after an earlier stage's
  // errors, so a report's errors come all at once.
  const { structure, errors } = readStructure(text, file, gz);
  if (!structure) return fail(errors);

  const leadParagraph = structure.paragraphs[0];
  if (!leadParagraph?.sentences.length) return fail(errors);
  const leadTokens = leadParagraph.sentences.flatMap((s) => tokenize(s.text, s.span[0]));
  const { lead, errors: leadErrors } = readLead(leadTokens, text, file, gz);
  errors.push(...leadErrors);
  // With a leader or the venue missing, attribution errors would only echo the lead's.
  if (!lead) return fail(errors);

  const statements = structure.paragraphs.filter((p) => p.kind === 'statement');
  if (statements.length === 0) return fail(errors);
  const overrides = options.gazetteer.overrides.filter((o) => o.report === id);
  const { attributions, encounters, errors: attributionErrors } = attribute(statements, lead.host, lead.visitors, overrides, text, file);
  const scope = { report: id, sentences: new Set(statements.flatMap((p) => p.sentences.map((s) => s.id))), host: lead.host, visitors: lead.visitors };
  errors.push(...attributionErrors, ...overrideErrors(options.gazetteer, scope, options.gazetteerFile ?? 'gazetteer', options.gazetteerText));
  if (errors.length > 0) return fail(errors);

  const people = [lead.host, ...lead.visitors];
  const sentences = structure.paragraphs.flatMap((p) => p.sentences);
  const dateline = gz.place(structure.dateline.place)!;
  const places = new Map<string, HindiArticle['places'][number]>();
  const addPlace = (placeId: string, role: HindiArticle['places'][number]['roles'][number]) => {
    const place = gz.place(placeId);
    if (!place) return;
    const entry = places.get(placeId) ?? { id: place.id, name: { ...place.name }, lat: place.lat, lon: place.lon, roles: [] };
    entry.roles.push(role);
    places.set(placeId, entry);
  };
  addPlace(dateline.id, 'dateline');
  addPlace(lead.venue.id, 'venue');
  for (const person of lead.visitors) addPlace(gz.country(person.country)!.capital, 'capital');

  const article: HindiArticle = {
    schemaVersion: 1,
    id,
    source: { file, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), text },
    date: structure.date,
    headline: null,
    summary: null,
    header: { span: structure.header },
    dateline: { span: structure.dateline.span, text: { hi: structure.dateline.text }, place: dateline.id, agency: structure.dateline.agency },
    credit: structure.credit && { span: structure.credit.span, text: { hi: structure.credit.text } },
    signoff: structure.signoff && { span: structure.signoff.span, text: { hi: structure.signoff.text }, agency: structure.signoff.agency },
    host: lead.host.id,
    venue: lead.venue.id,
    occasion: lead.occasion && { span: lead.occasion, text: { hi: text.slice(...lead.occasion) } },
    paragraphs: structure.paragraphs.map((p) => ({ n: p.n, span: p.span, kind: p.kind, sentences: p.sentences.map((s) => s.id) })),
    sentences: sentences.map((s) => ({
      id: s.id,
      paragraph: s.paragraph,
      span: s.span,
      text: { hi: s.text },
      meeting: attributions.get(s.id)?.meeting ?? null,
      speaker: attributions.get(s.id)?.speaker ?? null,
    })),
    people: people.map((p) => ({
      id: p.id,
      name: { hi: p.nameHi, ...(p.nameEn ? { en: p.nameEn } : {}) },
      spellings: p.spellings,
      title: p.title,
      country: p.country,
      role: p.role,
      fromText: p.fromText,
    })),
    countries: people.map((p) => ({
      code: p.country,
      role: p.role,
      spelling: spellingOfCountry(leadTokens, p, gz),
      capital: gz.country(p.country)!.capital,
    })),
    places: [...places.values()],
    meetings: lead.visitors.map((visitor) => {
      const meeting = visitor.country.toLowerCase();
      const cue = encounters.find((e) => e.meeting === meeting) ?? lead.encounter;
      return {
        id: meeting,
        country: visitor.country,
        visitor: visitor.id,
        host: lead.host.id,
        kind: cue?.kind ?? 'bhent',
        kindWord: cue ? { span: cue.span, hi: cue.hi } : null,
        date: structure.date,
        venue: lead.venue.id,
        statements: runsOf(sentences.filter((s) => attributions.get(s.id)?.meeting === meeting), (s) => attributions.get(s.id)!.speaker),
      };
    }),
  };
  const invalid = schemaErrors(HindiArticleSchema, article, file);
  return invalid.length > 0 ? fail(invalid) : { ok: true, article };
}

/** Consecutive sentences by one speaker form one statement. */
function runsOf<T extends { id: string }>(items: readonly T[], speakerOf: (item: T) => string) {
  const runs: Array<{ speaker: string; sentences: string[] }> = [];
  for (const item of items) {
    const speaker = speakerOf(item);
    const last = runs[runs.length - 1];
    if (last?.speaker === speaker) last.sentences.push(item.id);
    else runs.push({ speaker, sentences: [item.id] });
  }
  return runs;
}

function spellingOfCountry(tokens: ReturnType<typeof tokenize>, person: { country: string }, gz: ReturnType<typeof indexGazetteer>): string {
  const aliases = gz.countries.entries.filter((e) => e.value.code === person.country);
  for (const { words } of aliases) {
    const i = tokens.findIndex((_, k) => matchesAt(tokens, k, words));
    if (i >= 0) return tokens.slice(i, i + words.length).map((t) => t.text).join(' ');
  }
  return aliases[0]?.words.join(' ') ?? person.country;
}
