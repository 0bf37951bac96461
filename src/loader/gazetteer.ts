/**
 * The gazetteer: what the platform cannot tell the loader — Hindi spellings
 * of people, countries, places and agencies, coordinates, and overrides for
 * what the rules cannot decide. Names shown in the UI for countries come from
 * Intl.DisplayNames, not from here.
 */
import { z } from 'zod';
import { CountryCodeSchema, MeetingIdSchema, TITLES } from '../schema/article.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import { foldPhrase } from './normalize.ts';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const Names = z.object({ hi: z.string().min(1), en: z.string().min(1) });
const Aliases = z.array(z.string().min(1)).min(1);

export const GazetteerSchema = z.object({
  agencies: z.array(z.object({ id: Id, name: Names, aliases: Aliases })),
  countries: z.array(
    z.object({ code: CountryCodeSchema, aliases: Aliases, demonyms: z.array(z.string().min(1)), capital: Id }),
  ),
  places: z.array(
    z.object({
      id: Id,
      name: Names,
      aliases: Aliases,
      country: CountryCodeSchema,
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    }),
  ),
  people: z.array(
    z.object({ id: Id, name: Names, aliases: Aliases, country: CountryCodeSchema, title: z.enum(TITLES) }),
  ),
  overrides: z.array(
    z.object({
      report: Id,
      sentence: z.string().regex(/^p\d+\.s\d+$/),
      meeting: MeetingIdSchema,
      speaker: Id,
      why: z.string().min(1),
    }),
  ),
});

export type Gazetteer = z.infer<typeof GazetteerSchema>;
export type GazetteerPerson = Gazetteer['people'][number];
export type GazetteerPlace = Gazetteer['places'][number];
export type GazetteerCountry = Gazetteer['countries'][number];

/** Phrase lookups on folded keys, longest alias first. */
export interface PhraseIndex<T> {
  /** Folded words of each alias, longest first, with what they name. */
  entries: Array<{ words: string[]; value: T }>;
}

export function phraseIndex<T>(items: readonly T[], aliasesOf: (item: T) => readonly string[]): PhraseIndex<T> {
  const entries = items.flatMap((value) => aliasesOf(value).map((alias) => ({ words: foldPhrase(alias).split(' '), value })));
  entries.sort((a, b) => b.words.length - a.words.length);
  return { entries };
}

export interface GazetteerIndex {
  gazetteer: Gazetteer;
  countries: PhraseIndex<GazetteerCountry>;
  demonyms: PhraseIndex<GazetteerCountry>;
  places: PhraseIndex<GazetteerPlace>;
  agencies: PhraseIndex<Gazetteer['agencies'][number]>;
  people: PhraseIndex<GazetteerPerson>;
  country(code: string): GazetteerCountry | undefined;
  place(id: string): GazetteerPlace | undefined;
}

export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  return {
    gazetteer,
    countries: phraseIndex(gazetteer.countries, (c) => c.aliases),
    demonyms: phraseIndex(gazetteer.countries, (c) => c.demonyms),
    places: phraseIndex(gazetteer.places, (p) => p.aliases),
    agencies: phraseIndex(gazetteer.agencies, (a) => a.aliases),
    people: phraseIndex(gazetteer.people, (p) => p.aliases),
    country: (code) => gazetteer.countries.find((c) => c.code === code),
    place: (id) => gazetteer.places.find((p) => p.id === id),
  };
}

/** What the schema cannot say: each country's capital is one of the places. */
export function gazetteerErrors(gazetteer: Gazetteer, text: string, file: string): LoaderError[] {
  const at = errorsIn(file, text);
  const places = new Set(gazetteer.places.map((p) => p.id));
  const capitals = keyOffsets(text, 'capital');
  return gazetteer.countries.flatMap((country, i) =>
    places.has(country.capital)
      ? []
      : [at(capitals[i] ?? 0, 'gazetteer/invalid', `the capital of ${country.code}, "${country.capital}", is not the id of a place in "places"`)],
  );
}

/**
 * Offsets of the values of every `"key":` in a JSON text, in order. Only
 * countries have a capital and only overrides a sentence, so the n-th offset
 * of such a key belongs to the n-th entry of its list.
 */
export function keyOffsets(text: string, key: string): number[] {
  const pattern = new RegExp(`(?<!\\\\)"${key}"\\s*:\\s*`, 'g');
  return [...text.matchAll(pattern)].map((m) => m.index + m[0].length);
}
