/**
 * The gazetteer: what no dataset tells the loader — Hindi spellings of
 * people, places and agencies, spellings of countries the datasets lack
 * (किर्गिस्तान), irregular adjectives (भारतीय), capitals and coordinates, and
 * overrides for what the rules cannot decide. Every other country comes from
 * the datasets (countries.ts).
 */
import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, MeetingIdSchema, TITLES } from '../schema/article.ts';
import { countryTable, type Country } from './countries.ts';
import { datasetPlaces } from './places.ts';
import { errorsIn, locate, type LoaderError } from './errors.ts';
import { offsetAt, parseJson, type SourceNode } from './json-source.ts';
import { foldPhrase, loosen } from './normalize.ts';
import { matchesAt, type Token } from './tokens.ts';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
/**
 * The longest id of a person, place or agency: an id is an address and a file
 * name (data/people/<id>.json), kept far below what a file system allows.
 */
export const MAX_ID_LENGTH = 64;
const EntryId = Id.max(MAX_ID_LENGTH, `an id of at most ${MAX_ID_LENGTH} characters`);
const Names = z.object({ hi: z.string().min(1), en: z.string().min(1) });
const Aliases = z.array(z.string().min(1)).min(1);

/** The facts of a meeting an editor may settle where the text cannot: a place id, a person id, an ISO date. */
export const DECIDED_FACTS = ['venue', 'host', 'date'] as const;

export const GazetteerSchema = z.strictObject({
  agencies: z.array(z.strictObject({ id: EntryId, name: Names, aliases: Aliases })),
  countries: z.array(
    z.strictObject({
      code: CountryCodeSchema,
      aliases: z.array(z.string().min(1)).optional(),
      demonyms: z.array(z.string().min(1)).optional(),
      capital: Id.optional(),
    }),
  ),
  places: z.array(
    z.strictObject({
      id: EntryId,
      name: Names,
      aliases: Aliases,
      country: CountryCodeSchema,
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    }),
  ),
  people: z.array(
    z.strictObject({
      id: EntryId,
      name: Names,
      aliases: Aliases,
      country: CountryCodeSchema,
      /** Offices held, as dated facts: used only for a report that names the person without one. */
      titles: z
        .array(z.strictObject({ title: z.enum(TITLES), from: IsoDateSchema, to: IsoDateSchema.nullable().default(null) }))
        .default([]),
    }),
  ),
  overrides: z.array(
    z.strictObject({
      report: Id,
      sentence: z.string().regex(/^p\d+\.s\d+$/),
      /** null: the sentence belongs to no meeting. */
      meeting: MeetingIdSchema.nullable(),
      /** null: narration, said by no one. */
      speaker: Id.nullable(),
      why: z.string().min(1),
    }),
  ),
  /**
   * An editor's decision on a fact of a report's meeting (every meeting of
   * the report when `meeting` is absent) that the text does not settle: the
   * venue (a place of `places`, or null for none known), the host (a
   * participant, or null for none) or the date held (or null).
   */
  decisions: z
    .array(
      z.strictObject({
        report: Id,
        meeting: MeetingIdSchema.optional(),
        fact: z.enum(DECIDED_FACTS),
        value: z.string().min(1).nullable(),
        why: z.string().min(1),
      }),
    )
    .default([]),
});

export type Gazetteer = z.infer<typeof GazetteerSchema>;
export type GazetteerPerson = Gazetteer['people'][number];
export type GazetteerPlace = Gazetteer['places'][number];
export type Decision = Gazetteer['decisions'][number];
/** A place the loader knows: from the gazetteer, or a capital from the dataset (English name only). */
export type KnownPlace = Omit<GazetteerPlace, 'name'> & { name: { hi?: string; en: string } };

/** Phrase lookups on folded keys, longest alias first. */
export interface PhraseIndex<T> {
  /** Folded words of each alias, longest first, with what they name; a loose entry's words are loosened too. */
  entries: Array<{ words: string[]; value: T; loose?: true }>;
}

/** `loose`: each alias also by its loose key (normalize.ts), where no other item has that key. */
export function phraseIndex<T>(items: readonly T[], aliasesOf: (item: T) => readonly string[], loose = false): PhraseIndex<T> {
  const entries: PhraseIndex<T>['entries'] = items.flatMap((value) => aliasesOf(value).map((alias) => ({ words: foldPhrase(alias).split(' '), value })));
  if (loose) {
    const owners = new Map<string, Set<T>>();
    const looseOf = (words: string[]) => words.map(loosen);
    for (const e of entries) {
      const key = looseOf(e.words).join(' ');
      owners.set(key, (owners.get(key) ?? new Set()).add(e.value));
    }
    const seen = new Set<string>();
    for (const e of [...entries]) {
      const words = looseOf(e.words);
      const key = words.join(' ');
      if (owners.get(key)!.size === 1 && !seen.has(key)) entries.push({ words, value: e.value, loose: true });
      seen.add(key);
    }
  }
  // Longest first, and an exact spelling before a loose one.
  entries.sort((a, b) => b.words.length - a.words.length || Number(!!a.loose) - Number(!!b.loose));
  return { entries };
}

/** The longest entry of the index that the tokens spell from `i`. */
export function entryAt<T>(tokens: readonly Token[], i: number, index: PhraseIndex<T>): PhraseIndex<T>['entries'][number] | undefined {
  return index.entries.find((e) => matchesAt(tokens, i, e.words, e.loose));
}

/** The longest entry of the index that the tokens spell ending at `end`. */
export function entryEndingAt<T>(tokens: readonly Token[], end: number, index: PhraseIndex<T>): PhraseIndex<T>['entries'][number] | undefined {
  return index.entries.find((e) => end - e.words.length + 1 >= 0 && matchesAt(tokens, end - e.words.length + 1, e.words, e.loose));
}

export interface GazetteerIndex {
  gazetteer: Gazetteer;
  countries: PhraseIndex<Country>;
  demonyms: PhraseIndex<Country>;
  places: PhraseIndex<KnownPlace>;
  agencies: PhraseIndex<Gazetteer['agencies'][number]>;
  people: PhraseIndex<GazetteerPerson>;
  country(code: string): Country | undefined;
  /** A gazetteer place or a dataset capital, by id. */
  place(id: string): KnownPlace | undefined;
}

const indexes = new WeakMap<Gazetteer, GazetteerIndex>();

/** Indexed once per gazetteer object: the country table is the costly part. */
export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  const cached = indexes.get(gazetteer);
  if (cached) return cached;
  const { table, byCode, countries, demonyms } = countryIndexes(gazetteer);
  const { known, index: placeIndex } = placeIndexes(gazetteer.places);
  const places = new Map<string, KnownPlace>(known.map((p) => [p.id, p]));
  for (const c of table) if (c.capital && !places.has(c.capital.id)) places.set(c.capital.id, c.capital);
  const index: GazetteerIndex = {
    gazetteer,
    countries,
    demonyms,
    places: placeIndex,
    agencies: phraseIndex(gazetteer.agencies, (a) => a.aliases),
    people: phraseIndex(gazetteer.people, (p) => p.aliases),
    country: (code) => byCode.get(code),
    place: (id) => places.get(id),
  };
  indexes.set(gazetteer, index);
  return index;
}

// The datasets' parts of the index are the costly ones: kept per list of the gazetteer they come from, so a
// gazetteer that differs in its overrides or people (as tests make them) does not build them again.
const countryCache = new WeakMap<Gazetteer['countries'], WeakMap<Gazetteer['places'], ReturnType<typeof buildCountryIndexes>>>();
const placeCache = new WeakMap<Gazetteer['places'], { known: KnownPlace[]; index: PhraseIndex<KnownPlace> }>();

function buildCountryIndexes(gazetteer: Gazetteer) {
  const table = countryTable(gazetteer);
  return { table, byCode: new Map(table.map((c) => [c.code, c])), countries: phraseIndex(table, (c) => c.names, true), demonyms: phraseIndex(table, (c) => c.demonyms, true) };
}

function countryIndexes(gazetteer: Gazetteer): ReturnType<typeof buildCountryIndexes> {
  const byPlaces = countryCache.get(gazetteer.countries) ?? new WeakMap();
  countryCache.set(gazetteer.countries, byPlaces);
  const found = byPlaces.get(gazetteer.places) ?? buildCountryIndexes(gazetteer);
  byPlaces.set(gazetteer.places, found);
  return found;
}

function placeIndexes(listed: Gazetteer['places']): { known: KnownPlace[]; index: PhraseIndex<KnownPlace> } {
  const cached = placeCache.get(listed);
  if (cached) return cached;
  const known: KnownPlace[] = [...listed, ...datasetPlaces(listed)];
  const built = { known, index: phraseIndex(known, (p) => p.aliases, true) };
  placeCache.set(listed, built);
  return built;
}

/**
 * What the schema cannot say: a capital the gazetteer names is one of its
 * places; a decision's venue is a place and its date a date; no two people,
 * places or agencies share an id, no two countries a code (two entries of one
 * id would be merged: one person's words on another's page). `source`: the
 * places of the text's values, when it has been read already.
 */
export function gazetteerErrors(gazetteer: Gazetteer, text: string, file: string, source?: SourceNode): LoaderError[] {
  const at = errorsIn(file, text);
  const parsed = source ? undefined : parseJson(text);
  const tree = source ?? (parsed?.ok ? parsed.source : { offset: 0 });
  const places = new Set(gazetteer.places.map((p) => p.id));
  const badCapitals = gazetteer.countries.flatMap((country, i) => {
    if (country.capital === undefined) return [];
    return places.has(country.capital)
      ? []
      : [at(offsetAt(tree, ['countries', i, 'capital']), 'gazetteer/invalid', `the capital of ${country.code}, "${country.capital}", is not the id of a place in "places"`)];
  });
  const badDecisions = gazetteer.decisions.flatMap((decision, i) => {
    const offset = offsetAt(tree, ['decisions', i, 'value']);
    if (decision.value === null) return [];
    if (decision.fact === 'venue' && !places.has(decision.value)) return [at(offset, 'gazetteer/invalid', `the venue of ${decision.report}, "${decision.value}", is not the id of a place in "places"`)];
    if (decision.fact === 'date' && !IsoDateSchema.safeParse(decision.value).success) return [at(offset, 'gazetteer/invalid', `the date of ${decision.report}, "${decision.value}", is not a date in the form YYYY-MM-DD`)];
    return [];
  });
  const twice = (list: 'people' | 'places' | 'agencies' | 'countries', key: 'id' | 'code', values: readonly string[]) => {
    const first = new Map<string, number>();
    return values.flatMap((value, i) => {
      const offset = offsetAt(tree, [list, i, key]);
      const before = first.get(value);
      if (before === undefined) {
        first.set(value, offset);
        return [];
      }
      return [at(offset, 'gazetteer/duplicate-id', `two ${list} with the ${key} "${value}": the first is on line ${locate(text, before).line}; merge them, or give each its own ${key}`)];
    });
  };
  return [
    ...badCapitals,
    ...badDecisions,
    ...twice('people', 'id', gazetteer.people.map((p) => p.id)),
    ...twice('places', 'id', gazetteer.places.map((p) => p.id)),
    ...twice('agencies', 'id', gazetteer.agencies.map((a) => a.id)),
    ...twice('countries', 'code', gazetteer.countries.map((c) => c.code)),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Offsets of the values of every `"key":` in a JSON text, in order. Only
 * countries have a capital, only overrides a sentence and only decisions a value, so the n-th offset
 * of such a key belongs to the n-th entry that has it.
 */
export function keyOffsets(text: string, key: string): number[] {
  const pattern = new RegExp(`(?<!\\\\)"${key}"\\s*:\\s*`, 'g');
  return [...text.matchAll(pattern)].map((m) => m.index + m[0].length);
}
