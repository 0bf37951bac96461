/**
 * The lead paragraph names the participants — each introduced with a title
 * ("<country> के <title> <name>", "<adjective> <title> <name>", "<title>
 * <name>", or a name the gazetteer lists) — the venue, the occasion and the
 * word for the encounter. Who hosts is decided by rules, in order: the one
 * participant from the venue's country; else from the dateline's; else the
 * subject of the lead ("X ने … से मुलाकात की"); else the first named.
 */
import type { EncounterKind, RemoteMedium, Span, Title } from '../schema/article.ts';
import type { Country } from './countries.ts';
import type { Dateline } from './dateline.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import type { GazetteerIndex, GazetteerPerson, KnownPlace, PhraseIndex } from './gazetteer.ts';
import { fold } from './normalize.ts';
import { listedPerson, personFromIntro, type FoundPerson } from './people.ts';
import { matchesAt, phraseAt, phrases, type Token } from './tokens.ts';
import {
  COUNTERPART_WORDS,
  DURING_WORDS,
  ENCOUNTER_VERBS,
  ENCOUNTER_WORDS,
  HONORIFICS,
  NAME_STOPS,
  NOT_NAMES,
  PLURAL_TITLE_WORDS,
  POSSESSIVES,
  RELATIONS,
  REMOTE_WORDS,
  SEPARATELY,
  TAKING_PART,
  TITLE_WORDS,
} from './vocabulary.ts';

export interface Lead {
  host: FoundPerson;
  visitors: FoundPerson[];
  venue: KnownPlace | null;
  occasion: Span | null;
  encounter: { kind: EncounterKind; span: Span; hi: string } | null;
  /** A call, not a visit: no venue. */
  remote: { by: RemoteMedium; span: Span; hi: string } | null;
}

interface Intro {
  name: Token[];
  /** Null for a counterpart (समकक्ष), who holds the other side's title. */
  title: Title | null;
  country: Country | null;
  listed: GazetteerPerson | undefined;
  /** Offset of the introduction, country word included. */
  at: number;
  /** The word after the name: "ने" makes them the lead's subject. */
  after: string | undefined;
  /** Named only as someone's ("X के विशेष प्रतिनिधि", "X के देश"): not a party to the meeting. */
  possessive: boolean;
}

const titleWords = phrases(TITLE_WORDS.map(([p]) => p));
const titleOf = new Map(TITLE_WORDS.map(([p, t]) => [p.split(' ').map(fold).join(' '), t]));
const pluralWords = phrases(PLURAL_TITLE_WORDS.map(([p]) => p));
const pluralOf = new Map(PLURAL_TITLE_WORDS.map(([p, t]) => [p.split(' ').map(fold).join(' '), t]));
const stops = new Set(NAME_STOPS.map(fold));
const notNames = new Set(NOT_NAMES.map(fold));
const honorifics = new Set(HONORIFICS.map(fold));
const encounterKind = new Map(ENCOUNTER_WORDS.map(([w, k]) => [fold(w), k]));
const encounterVerbs = new Set(ENCOUNTER_VERBS.map(fold));
const takingPart = phrases(TAKING_PART);
const separately = new Set(SEPARATELY.map(fold));
const OF = new Set(['के', 'की', 'का'].map(fold));
const LIST = new Set([',', 'और', 'व', 'तथा', 'एवं'].map(fold));
const relations = new Set(RELATIONS.map(fold));
const WITH_AT = new Set(['से', 'साथ'].map(fold));
const during = phrases(DURING_WORDS);
const counterpartWords = phrases(COUNTERPART_WORDS);
const possessives = new Set(POSSESSIVES.map(fold));
const remoteWords = phrases(REMOTE_WORDS.map(([p]) => p));
// Words between the call and the encounter's word: "फोन पर [विस्तार से] बातचीत", "वीडियो कॉन्फ्रेंस [के माध्यम से] बैठक".
const REMOTE_REACH = 4;
const talkWords = new Set(['बात', 'बातें', 'कॉल'].map(fold));
const remoteBy = new Map(REMOTE_WORDS.map(([p, by]) => [p.split(' ').map(fold).join(' '), by]));
const MAX_NAME_WORDS = 6;

const isWord = (t: Token | undefined) => !!t && /\p{L}/u.test(t.text);

export function readLead(
  sentences: Token[][],
  rest: Token[][],
  text: string,
  file: string,
  gz: GazetteerIndex,
  dateline: Dateline | null,
  /** An editor's venue (the gazetteer's `venues`), for a lead the rules cannot place. */
  venueOverride?: { place: string | null },
): { lead?: Lead; errors: LoaderError[]; warnings: LoaderError[] } {
  const at = errorsIn(file, text);
  const errors: LoaderError[] = [];
  const warnings: LoaderError[] = [];
  const tokens = sentences.flat();
  const leadStart = tokens[0]?.start ?? 0;
  const unknown = (e: { offset: number; message: string }) => warnings.push(at(e.offset, 'entity/unknown-country', e.message));

  // The meeting's own sentence: the lead's first that tells an encounter; else
  // the lead's first, when it names both sides; else the first of the report
  // that sets words in a meeting ("X के साथ बातचीत के दौरान").
  const all = [...sentences, ...rest];
  const inLead = sentences.findIndex((s) => encounterOf(s) !== null);
  const bothSides = (s: Token[]) => new Set(introductions(s, gz, () => {}).intros.map((i) => i.country?.code ?? i.listed?.country ?? null)).size >= 2;
  const later = all.findIndex((s) => encounterOf(s) !== null || duringEncounter(s));
  const main = inLead >= 0 ? inLead : bothSides(sentences[0] ?? []) || later < 0 ? 0 : later;
  const venueAt = placeBeforeIn(all[main] ?? [], gz) ?? placeBeforeIn(tokens, gz);
  const datelinePlace = dateline?.place ? gz.place(dateline.place) : undefined;
  const remote = remoteOf(all[main] ?? tokens, text);
  // A call has no venue: the place in the lead is where one side spoke from, the dateline where it was reported.
  let venue = remote ? null : (venueAt?.place ?? null);
  if (venueOverride) {
    venue = venueOverride.place === null ? null : (gz.place(venueOverride.place) ?? null);
  } else if (remote) {
    // Nothing to warn of: there is no venue to know.
  } else if (!venue && !venueAt?.country && datelinePlace) {
    venue = datelinePlace;
    warnings.push(at(leadStart, 'entity/no-venue', `the lead names no place the gazetteer knows; the venue is taken to be the dateline's, ${datelinePlace.name.en} (a venue in the gazetteer can settle it)`));
  } else if (!venue) {
    warnings.push(at(leadStart, 'entity/no-venue', 'the lead names no place the gazetteer knows ("<place> में"); the venue is left unknown (a venue in the gazetteer can settle it)'));
  }
  const venueCountry = venue?.country ?? venueAt?.place?.country ?? venueAt?.country ?? null;
  // A leader named without a country is of the country the report is set in.
  const presumed = venueCountry ?? datelinePlace?.country ?? null;
  const stated = (i: Intro) => i.country?.code ?? i.listed?.country ?? null;
  // …unless another participant is named as of that country: then it is not known.
  let taken = new Set<string>();
  const codeOf = (i: Intro) => stated(i) ?? (presumed && !taken.has(presumed) ? presumed : null);

  const intros = participants(all, main, gz, codeOf, unknown);
  taken = new Set(intros.map(stated).filter((c): c is string => c !== null));
  const host = chooseHost(intros, codeOf, venueCountry, datelinePlace?.country ?? null);
  if (!host) {
    errors.push(at(leadStart, 'entity/no-host', 'the lead names no leader: introduce them as "<country> के <title> <name>" or "<title> <name> ने"'));
    return { errors, warnings };
  }
  const hostCountry = codeOf(host);
  if (!hostCountry) {
    const name = host.name.map((t) => t.text).join(' ');
    errors.push(at(host.at, 'entity/unknown-country', `the country of "${name}" is not named, and neither the venue nor the dateline tells it; add them to the gazetteer`));
    return { errors, warnings };
  }

  const visitorIntros: Intro[] = [];
  const countryless: LoaderError[] = [];
  for (const intro of intros) {
    if (intro === host) continue;
    const code = codeOf(intro);
    const written = intro.name.map((t) => t.text).join(' ');
    if (!code) {
      countryless.push(at(intro.at, 'entity/unknown-country', `"${written}" is named without a country; name it ("<country> के <title> ${written}") or add them to the gazetteer`));
      continue;
    }
    // The host's own side (a minister beside the president) is not a visitor.
    if (code === hostCountry) continue;
    const earlier = visitorIntros.find((v) => codeOf(v) === code);
    if (earlier) {
      const name = earlier.name.map((t) => t.text).join(' ');
      warnings.push(at(intro.at, 'entity/duplicate-country', `"${written}" is a second leader of ${code} after "${name}"; the meeting is shown with "${name}" alone`));
      continue;
    }
    visitorIntros.push(intro);
  }
  // Without a country, a leader has no meeting to show: with others, a warning; alone, the report cannot be read.
  if (visitorIntros.length === 0) {
    errors.push(...(countryless.length > 0 ? countryless : [at(leadStart, 'entity/no-visitors', 'the lead introduces no visiting leader as "<country> के <title> <name>"')]));
    return { errors, warnings };
  }
  warnings.push(...countryless);
  // A counterpart (समकक्ष) holds the other side's title.
  const titleFor = (i: Intro, other: Intro): Title => i.title ?? other.title ?? 'leader';
  const person = (i: Intro, role: FoundPerson['role'], other: Intro) =>
    personFromIntro(i.name, codeOf(i)!, titleFor(i, other), role, i.listed ?? listedPerson(i.name.map((t) => t.key), codeOf(i), gz), i.at, i.country !== null);
  return {
    errors,
    warnings,
    lead: {
      host: person(host, 'host', visitorIntros[0]!),
      visitors: visitorIntros.map((v) => person(v, 'visitor', host)),
      venue,
      occasion: venueAt ? occasionAfter(venueAt.tokens, venueAt.end + 2) : null,
      encounter: encounterOf(all[main] ?? tokens),
      remote,
    },
  };
}

/**
 * The participants: those the lead's meeting sentence introduces, except a
 * leader named only as someone's ("शी चिनफिंग के विशेष प्रतिनिधि"); when
 * that gives one side only, the rest of the lead, then the first leader of
 * another country the report introduces later.
 */
function participants(
  sentences: Token[][],
  main: number,
  gz: GazetteerIndex,
  codeOf: (i: Intro) => string | null,
  unknown: (e: { offset: number; message: string }) => void,
): Intro[] {
  const { intros, slots } = introductions(sentences[main] ?? [], gz, unknown);
  const found = intros.filter((i) => !i.possessive);
  const sides = () => new Set(found.map(codeOf)).size;
  // "<A>, <B> और <C> के अपने समकक्षों के साथ": their names come later.
  const open = new Set(slots.map((c) => c.code));
  const more = sentences.filter((_, i) => i !== main);
  for (const tokens of more) {
    if (sides() >= 2 && open.size === 0) break;
    for (const intro of introductions(tokens, gz, () => {}).intros) {
      if (intro.possessive || found.some((f) => sameIntro(f, intro))) continue;
      const code = codeOf(intro);
      if (code && open.delete(code)) found.push(intro);
      else if (sides() < 2 && !found.some((f) => codeOf(f) === code)) found.push(intro);
    }
  }
  return found;
}

const sameIntro = (a: Pick<Intro, 'listed' | 'name'>, b: Pick<Intro, 'listed' | 'name'>) =>
  (!!a.listed && a.listed.id === b.listed?.id) || a.name.map((t) => t.key).join(' ') === b.name.map((t) => t.key).join(' ');

function chooseHost(intros: readonly Intro[], codeOf: (i: Intro) => string | null, venueCountry: string | null, datelineCountry: string | null): Intro | undefined {
  for (const country of [venueCountry, datelineCountry]) {
    if (!country) continue;
    const from = intros.filter((i) => codeOf(i) === country);
    const others = intros.filter((i) => codeOf(i) !== country);
    if (from.length >= 1 && others.length >= 1) return from.find((i) => i.after === fold('ने')) ?? from[0];
  }
  return intros.find((i) => i.after === fold('ने')) ?? intros[0];
}

/** Every leader the tokens introduce, in order, each once. */
function introductions(
  tokens: readonly Token[],
  gz: GazetteerIndex,
  unknown: (e: { offset: number; message: string }) => void,
): { intros: Intro[]; slots: Country[] } {
  const found: Array<Omit<Intro, 'possessive'> & { first: number; next: number }> = [];
  const slots: Country[] = [];
  const add = (intro: (typeof found)[number]) => {
    if (!found.some((i) => sameIntro(i, intro))) found.push(intro);
  };
  for (let i = 0; i < tokens.length; i++) {
    const plural = phraseAt(tokens, i, pluralWords);
    if (plural) {
      const group = pluralIntro(tokens, i, plural, gz);
      group.intros.forEach(add);
      slots.push(...group.slots);
      i = group.end;
      continue;
    }
    const counterpart = phraseAt(tokens, i, counterpartWords);
    const title = counterpart ?? phraseAt(tokens, i, titleWords);
    if (title) {
      const { country, start, unknownAt } = countryBefore(tokens, i, gz);
      const skip = skipBeforeName(tokens, i + title.length);
      const name = nameAfter(tokens, i + title.length);
      if (name.length > 0) {
        const written = name.map((t) => t.text).join(' ');
        if (unknownAt !== null) unknown({ offset: tokens[unknownAt]!.start, message: `"${tokens[unknownAt]!.text}", before "${written}", is not a country the datasets or the gazetteer know` });
        const listed = listedPerson(name.map((t) => t.key), country?.code ?? null, gz);
        const next = i + title.length + skip + name.length;
        add({ name, title: counterpart ? null : titleOf.get(title.join(' '))!, country, listed, at: tokens[start]!.start, after: tokens[next]?.key, first: start, next });
        i = next - 1;
      }
      continue;
    }
    const listed = gazetteerMention(tokens, i, gz);
    if (listed) {
      const next = i + listed.length;
      add({ name: listed.name, title: listed.person.title, country: gz.country(listed.person.country) ?? null, listed: listed.person, at: tokens[i]!.start, after: tokens[next]?.key, first: i, next });
      i = next - 1;
    }
  }
  const intros = found.map(({ first: _first, next, ...intro }) => ({
    ...intro,
    possessive: OF.has(intro.after ?? '') && relations.has(tokens[next + 1]?.key ?? ''),
  }));
  return { intros, slots };
}

/**
 * "<country> के" or "<adjective>" right before the title at `i`. A word
 * before "के" that is no country (an organisation, a misspelling) is reported
 * by position; the person may still be known by name.
 */
function countryBefore(tokens: readonly Token[], i: number, gz: GazetteerIndex): { country: Country | null; start: number; unknownAt: number | null } {
  const own = possessives.has(tokens[i - 1]?.key ?? '') ? 1 : 0;
  const of = OF.has(tokens[i - 1 - own]?.key ?? '');
  const end = (of ? i - 2 : i - 1) - own;
  const found = entryEndingAt(tokens, end, of ? gz.countries : gz.demonyms);
  if (found) return { country: found.value, start: end - found.words.length + 1, unknownAt: null };
  const unknown = of && isWord(tokens[end]) && !stops.has(tokens[end]!.key);
  return { country: null, start: unknown ? end : i, unknownAt: unknown ? end : null };
}

function skipBeforeName(tokens: readonly Token[], from: number): number {
  let j = from;
  while (tokens[j] && (tokens[j]!.text === ',' || honorifics.has(tokens[j]!.key))) j++;
  return j - from;
}

/** The name after a title: words up to a case marker, conjunction or punctuation. */
function nameAfter(tokens: readonly Token[], from: number): Token[] {
  const name: Token[] = [];
  const start = from + skipBeforeName(tokens, from);
  if (notNames.has(tokens[start]?.key ?? '')) return [];
  for (let j = start; j < tokens.length && name.length < MAX_NAME_WORDS; j++) {
    const t = tokens[j]!;
    if (stops.has(t.key) || !isWord(t) || phraseAt(tokens, j, titleWords) || encounterKind.has(t.key)) break;
    name.push(t);
  }
  return name;
}

/** "<A>, <B> और <C> के राष्ट्रपतियों <X>, <Y> और <Z>": pairs by order when the counts agree. */
function pluralIntro(
  tokens: readonly Token[],
  i: number,
  plural: string[],
  gz: GazetteerIndex,
): { intros: Array<Omit<Intro, 'possessive'> & { first: number; next: number }>; slots: Country[]; end: number } {
  const title = pluralOf.get(plural.join(' '))!;
  const countries: Array<{ country: Country; start: number }> = [];
  const own = possessives.has(tokens[i - 1]?.key ?? '') ? 1 : 0;
  let k = OF.has(tokens[i - 1 - own]?.key ?? '') ? i - 2 - own : -1;
  while (k >= 0) {
    const found = entryEndingAt(tokens, k, gz.countries);
    if (!found) break;
    countries.unshift({ country: found.value, start: k - found.words.length + 1 });
    k -= found.words.length;
    if (!LIST.has(tokens[k]?.key ?? '')) break;
    k--;
  }
  const names: Token[][] = [];
  let j = i + plural.length;
  for (;;) {
    const name = nameAfter(tokens, j);
    if (name.length === 0) break;
    names.push(name);
    j += skipBeforeName(tokens, j) + name.length;
    if (!LIST.has(tokens[j]?.key ?? '')) break;
    j++;
  }
  // Unnamed here, or named in another order: the countries wait for their leaders' names.
  if (countries.length === 0 || countries.length !== names.length) return { intros: [], slots: countries.map((c) => c.country), end: i + plural.length - 1 };
  const after = tokens[j]?.key;
  return {
    intros: names.map((name, n) => ({
      name,
      title,
      country: countries[n]!.country,
      listed: listedPerson(name.map((t) => t.key), countries[n]!.country.code, gz),
      at: tokens[countries[n]!.start]!.start,
      after,
      first: countries[n]!.start,
      next: j,
    })),
    slots: [],
    end: j - 1,
  };
}

/** A person the gazetteer lists, named without a title: several words, or one word followed by a case marker. */
function gazetteerMention(tokens: readonly Token[], i: number, gz: GazetteerIndex): { person: GazetteerPerson; name: Token[]; length: number } | null {
  for (const entry of gz.people.entries) {
    if (!matchesAt(tokens, i, entry.words)) continue;
    const next = tokens[i + entry.words.length]?.key ?? '';
    if (entry.words.length > 1 || ['ने', 'से', 'की', 'के'].map(fold).includes(next)) {
      return { person: entry.value, name: tokens.slice(i, i + entry.words.length), length: entry.words.length };
    }
  }
  return null;
}

function entryEndingAt<T>(tokens: readonly Token[], end: number, index: PhraseIndex<T>): PhraseIndex<T>['entries'][number] | undefined {
  return index.entries.find((e) => end - e.words.length + 1 >= 0 && matchesAt(tokens, end - e.words.length + 1, e.words));
}

/** The first "<place> में" (or "<place> स्थित …") of the lead; a country there tells only the country. */
function placeBeforeIn(tokens: readonly Token[], gz: GazetteerIndex): { place: KnownPlace | null; country: string | null; end: number; tokens: readonly Token[] } | null {
  const IN = new Set(['में', 'स्थित'].map(fold));
  for (let k = 0; k < tokens.length; k++) {
    if (!IN.has(tokens[k + 1]?.key ?? '')) continue;
    const place = entryEndingAt(tokens, k, gz.places);
    if (place) return { place: place.value, country: place.value.country, end: k, tokens };
    const country = entryEndingAt(tokens, k, gz.countries);
    if (country) return { place: null, country: country.value.code, end: k, tokens };
  }
  return null;
}

/** "…में [अलग-अलग तौर पर] <occasion> में भाग लेने वाले…" */
function occasionAfter(tokens: readonly Token[], from: number): Span | null {
  if (from < 0) return null;
  let i = from;
  while (separately.has(tokens[i]?.key ?? '')) i++;
  for (let j = i + 1; j < tokens.length; j++) {
    if (/[।|]/u.test(tokens[j]!.text)) return null;
    if (takingPart.some((w) => matchesAt(tokens, j, w))) return [tokens[i]!.start, tokens[j - 1]!.end];
  }
  return null;
}

/** "X से/के साथ <encounter> के दौरान/में/के समय": a sentence set in a meeting. */
function duringEncounter(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => encounterKind.has(t.key) && WITH_AT.has(tokens[k - 1]?.key ?? '') && during.some((d) => matchesAt(tokens, k + 1, d)));
}

/**
 * "फोन पर बातचीत की", "वीडियो कॉन्फ्रेंस के जरिए बैठक": the encounter was a
 * call. The words count only just before the encounter's own word (or बात),
 * so that a call mentioned in passing ("जिन्हें फोन पर आमंत्रित किया था",
 * "वर्चुअल करेंसी पर चर्चा") leaves a visit a visit.
 */
function remoteOf(tokens: readonly Token[], text: string): Lead['remote'] {
  for (let i = 0; i < tokens.length; i++) {
    const words = phraseAt(tokens, i, remoteWords);
    if (!words) continue;
    const end = i + words.length;
    const talk = tokens.slice(end - 1, end + REMOTE_REACH).some((t) => encounterKind.has(t.key) || talkWords.has(t.key));
    if (!talk) continue;
    return { by: remoteBy.get(words.join(' '))!, span: [tokens[i]!.start, tokens[end - 1]!.end], hi: text.slice(tokens[i]!.start, tokens[end - 1]!.end) };
  }
  return null;
}

/** The lead's own verb: "<visitors> से भेंट की", "मुलाकात हुई". */
function encounterOf(tokens: readonly Token[]): Lead['encounter'] {
  const i = tokens.findIndex((t, k) => encounterKind.has(t.key) && (encounterVerbs.has(tokens[k + 1]?.key ?? '') || encounterVerbs.has(tokens[k + 2]?.key ?? '')));
  const t = tokens[i];
  return t ? { kind: encounterKind.get(t.key)!, span: [t.start, t.end], hi: t.text } : null;
}
