/**
 * Who met whom. The meeting's own sentence names the participants, each
 * introduced with a title ("<country> के <title> <name>", "<adjective>
 * <title> <name>", "<title> <name>", or a name the gazetteer lists). The
 * protagonist is the report's own leader, who meets every counterpart: the
 * one named without a country when the others are named with theirs, else
 * the subject of the meeting's sentence ("X ने … से मुलाकात की"), else the
 * first named. Every leader of another country is a counterpart, grouped by
 * country: one meeting a country. Who hosted is not decided here
 * (meeting.ts): naming someone first, or as the subject, says nothing of it.
 */
import type { PersonTitle, Span, Title } from '../schema/article.ts';
import type { Country } from './countries.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import type { Setting } from './meeting.ts';
import { entryAt, entryEndingAt, type GazetteerIndex, type GazetteerPerson } from './gazetteer.ts';
import { fold } from './normalize.ts';
import { OFFICES, officeInEnglish } from './offices.ts';
import { listedPerson, personFromIntro, type FoundPerson } from './people.ts';
import { matchesAt, phraseAt, phrases, type Token } from './tokens.ts';
import {
  ARRIVAL_VERBS,
  COMING_VERBS,
  COUNTERPART_WORDS,
  DESCRIPTORS,
  ENCOUNTER_WORDS,
  HONORIFICS,
  NAME_STOPS,
  NOT_NAMES,
  ORGANISATION_WORDS,
  PLURAL_TITLE_WORDS,
  POSSESSIVES,
  RELATIONS,
  TITLE_WORDS,
  TITLES_AFTER_COUNTRY,
  VISIT_NOUNS,
} from './vocabulary.ts';

export interface Participants {
  protagonist: FoundPerson;
  /** Leaders of other countries, in the order they are named; one meeting per country. */
  counterparts: FoundPerson[];
}

/** A country the meeting's sentence names a leader of without a name: by office ("जापान के प्रधानमंत्री से"), or in a plural. */
interface Slot {
  country: Country;
  title: Title | null;
}

interface Intro {
  name: Token[];
  /** Null for a counterpart (समकक्ष), who holds the other side's office, and where no title is written. */
  title: Title | null;
  /** The title's words, or the word समकक्ष. */
  titleSpan: Span | null;
  counterpart: boolean;
  country: Country | null;
  /** Named in a plural ("… के राष्ट्रपतियों X, Y और Z"). */
  plural?: true;
  /** The text names a country before the title, known or not: the report's own leader is named without one. */
  withCountry: boolean;
  listed: GazetteerPerson | undefined;
  /** Offset of the introduction, country word included. */
  at: number;
  /** The word after the name: "ने" makes them the subject. */
  after: string | undefined;
  /** Named only as someone's ("X के विशेष प्रतिनिधि", "X के देश"): not a party to the meeting. */
  possessive: boolean;
}


const titleWords = phrases([...TITLE_WORDS.map(([p]) => p), ...DESCRIPTORS]);
const titleOf = new Map(TITLE_WORDS.map(([p, t]) => [p.split(' ').map(fold).join(' '), t]));
const afterCountry = new Set(TITLES_AFTER_COUNTRY.map(fold));
const pluralWords = phrases(PLURAL_TITLE_WORDS.map(([p]) => p));
const pluralOf = new Map(PLURAL_TITLE_WORDS.map(([p, t]) => [p.split(' ').map(fold).join(' '), t]));
const stops = new Set(NAME_STOPS.map(fold));
const notNames = new Set(NOT_NAMES.map(fold));
const honorifics = new Set(HONORIFICS.map(fold));
const encounterWords = new Set(ENCOUNTER_WORDS.map(([w]) => fold(w)));
const OF = new Set(['के', 'की', 'का'].map(fold));
const LIST = new Set([',', 'और', 'व', 'तथा', 'एवं'].map(fold));
const relations = new Set(RELATIONS.map(fold));
const organisations = new Set(ORGANISATION_WORDS.map(fold));
const going = new Set([...COMING_VERBS, ...ARRIVAL_VERBS, ...VISIT_NOUNS].map(fold));
const counterpartWords = phrases(COUNTERPART_WORDS);
const possessives = new Set(POSSESSIVES.map(fold));
const NE = fold('ने');
const ERGATIVE_PRONOUNS = new Set(['उन्होंने', 'उन्होने'].map(fold));
const MAX_NAME_WORDS = 6;
// "<country> के <organisation words…> के अध्यक्ष": how far back the country may stand.
const MAX_ORGANISATION_WORDS = 6;

const isWord = (t: Token | undefined) => !!t && /\p{L}/u.test(t.text);
const written = (i: Pick<Intro, 'name'>) => i.name.map((t) => t.text).join(' ');

/**
 * The participants of the meeting told in sentence `main` of `sentences`
 * (the lead's first, then the rest of the report), with their offices at
 * `date`, the report's.
 */
export function readParticipants(
  sentences: readonly Token[][],
  main: number,
  text: string,
  file: string,
  gz: GazetteerIndex,
  setting: Pick<Setting, 'presumed'>,
  date: string,
): { participants?: Participants; errors: LoaderError[]; warnings: LoaderError[] } {
  const at = errorsIn(file, text);
  const errors: LoaderError[] = [];
  const warnings: LoaderError[] = [];
  const start = sentences[0]?.[0]?.start ?? 0;
  const unknown = (e: { offset: number; message: string }) => warnings.push(at(e.offset, 'entity/unknown-country', e.message));
  const stated = (i: Intro) => i.country?.code ?? i.listed?.country ?? null;
  // A leader named without a country is of the country the report is set in,
  // unless another participant is named as of that country: then it is not known.
  let taken = new Set<string>();
  const codeOf = (i: Intro) => stated(i) ?? (setting.presumed && !taken.has(setting.presumed) ? setting.presumed : null);

  const intros = participantIntros(sentences, main, gz, codeOf, unknown);
  taken = new Set(intros.map(stated).filter((c): c is string => c !== null));
  // "X … अमेरिका दौरे पर हैं। उन्होंने … Y से मुलाकात की": the meeting's subject is the one named before.
  const pronoun = (sentences[main] ?? []).some((t) => ERGATIVE_PRONOUNS.has(t.key));
  const before = pronoun && main > 0 ? introductions(sentences[main - 1]!, gz, () => {}).intros.filter((i) => !i.possessive) : [];
  const named = before.length === 1 ? intros.find((i) => sameIntro(i, before[0]!)) : undefined;
  const protagonist = named ?? chooseProtagonist(intros, codeOf);
  if (!protagonist) {
    errors.push(at(start, 'entity/no-leader', 'the report names no leader: introduce them as "<country> के <title> <name>" or "<title> <name> ने"'));
    return { errors, warnings };
  }
  const ownCountry = codeOf(protagonist);
  if (!ownCountry) {
    errors.push(at(protagonist.at, 'entity/unknown-country', `the country of "${written(protagonist)}" is not named, and neither the venue nor the dateline tells it; add them to the gazetteer`));
    return { errors, warnings };
  }

  const counterparts: Intro[] = [];
  const countryless: LoaderError[] = [];
  for (const intro of intros) {
    if (intro === protagonist) continue;
    const code = codeOf(intro);
    if (!code) {
      countryless.push(at(intro.at, 'entity/unknown-country', `"${written(intro)}" is named without a country; name it ("<country> के <title> ${written(intro)}") or add them to the gazetteer`));
      continue;
    }
    // The protagonist's own side (a minister beside the president) met no one of theirs.
    if (code !== ownCountry) counterparts.push(intro);
  }
  // Without a country, a leader has no meeting to show: with others, a warning; alone, the report cannot be read.
  if (counterparts.length === 0) {
    errors.push(...(countryless.length > 0 ? countryless : [at(start, 'entity/no-counterparts', 'the report names no leader of another country as "<country> के <title> <name>"')]));
    return { errors, warnings };
  }
  warnings.push(...countryless);

  const everyIntro = sentences.flatMap((s) => introductions(s, gz, () => {}).intros);
  const person = (i: Intro, role: FoundPerson['role'], theirs: Title | null) => {
    const code = codeOf(i)!;
    const listed = i.listed ?? listedPerson(i.name.map((t) => t.key), code, gz);
    const title = titleOfIntro(i, code, listed, everyIntro, theirs, text, date);
    return personFromIntro(i.name, code, title, role, listed, i.at, i.withCountry);
  };
  const own = person(protagonist, 'protagonist', null);
  return {
    errors,
    warnings,
    participants: { protagonist: own, counterparts: counterparts.map((c) => person(c, 'counterpart', own.title.value)) },
  };
}

/**
 * The office of a participant, as the report gives it: the title before
 * their name where they are introduced, else where the report introduces
 * them again with one ("इजराइल के विदेश मंत्री गिदोन सार" after "अपने इजराइली
 * समकक्ष गिदोन सार"), else a counterpart's (समकक्ष) is the other side's office;
 * else the gazetteer's dated office at the report's date, as an editor's
 * fact; else unknown.
 */
function titleOfIntro(intro: Intro, country: string, listed: GazetteerPerson | undefined, every: readonly Intro[], theirs: Title | null, text: string, date: string): PersonTitle {
  const same = (other: Intro) => other === intro || (listed ? other.listed?.id === listed.id : sameIntro(other, intro));
  const titled = [intro, ...every.filter(same)].find((i) => i.title !== null && i.titleSpan !== null);
  const office = (title: Title, hi: string) => ({ hi, en: officeInEnglish(title, country, date) });
  if (titled) {
    const hi = text.slice(...titled.titleSpan!);
    // "… के राष्ट्रपतियों X, Y और Z": each holds the office in the singular.
    return { value: titled.title, office: office(titled.title!, titled.plural ? OFFICES[titled.title!].hi : hi), from: 'text', span: titled.titleSpan!, hi, rule: 'title' };
  }
  if (intro.counterpart && intro.titleSpan && theirs) {
    const hi = text.slice(...intro.titleSpan);
    return { value: theirs, office: office(theirs, OFFICES[theirs].hi), from: 'text', span: intro.titleSpan, hi, rule: 'counterpart' };
  }
  const held = listed?.titles.find((t) => t.from <= date && (t.to === null || date <= t.to));
  if (held) {
    const why = `The report names no office; the gazetteer has ${listed!.name.en} as ${officeInEnglish(held.title, country, date)} from ${held.from}${held.to ? ` to ${held.to}` : ''}, which covers the report's date, ${date}.`;
    return { value: held.title, office: office(held.title, OFFICES[held.title].hi), from: 'editor', why };
  }
  return { value: null, office: null, from: 'unknown' };
}

/**
 * The participants: those the meeting's sentence introduces, except a
 * leader named only as someone's ("शी चिनफिंग के विशेष प्रतिनिधि"); when
 * that gives one side only, the rest of the lead, then the first leader of
 * another country the report introduces later.
 */
function participantIntros(
  sentences: readonly Token[][],
  main: number,
  gz: GazetteerIndex,
  codeOf: (i: Intro) => string | null,
  unknown: (e: { offset: number; message: string }) => void,
): Intro[] {
  const { intros, slots } = introductions(sentences[main] ?? [], gz, unknown);
  const found = intros.filter((i) => !i.possessive);
  const sides = () => new Set(found.map(codeOf)).size;
  // "<A>, <B> और <C> के अपने समकक्षों के साथ", "जापान के प्रधानमंत्री से": their names come later.
  const open = new Set(slots.map((c) => c.country.code));
  const more = sentences.filter((_, i) => i !== main);
  for (const tokens of more) {
    if (sides() >= 2 && open.size === 0) break;
    for (const later of introductions(tokens, gz, () => {}).intros) {
      if (later.possessive || found.some((f) => sameIntro(f, later))) continue;
      // "प्रधानमंत्री X" later, without a country, is the one the meeting's sentence named by office alone.
      const slot = later.withCountry ? undefined : slots.find((c) => open.has(c.country.code) && c.title !== null && c.title === later.title);
      const intro = slot ? { ...later, country: slot.country, withCountry: true } : later;
      const code = codeOf(intro);
      if (code && open.delete(code)) found.push(intro);
      else if (sides() < 2 && !found.some((f) => codeOf(f) === code)) found.push(intro);
    }
  }
  return found;
}

const sameIntro = (a: Pick<Intro, 'listed' | 'name'>, b: Pick<Intro, 'listed' | 'name'>) =>
  (!!a.listed && a.listed.id === b.listed?.id) || a.name.map((t) => t.key).join(' ') === b.name.map((t) => t.key).join(' ');

/**
 * The report's own leader: the one introduced without a country when every
 * other is introduced with one (a newsroom names its own leaders so), else
 * the subject of the meeting's sentence, else the first named.
 */
function chooseProtagonist(intros: readonly Intro[], codeOf: (i: Intro) => string | null): Intro | undefined {
  // Named with a title but no country ("प्रधानमंत्री नरेंद्र मोदी"): a name alone says nothing of it.
  const own = intros.filter((i) => i.titleSpan !== null && !i.withCountry);
  if (own.length >= 1 && own.length < intros.length && new Set(own.map(codeOf)).size === 1 && codeOf(own[0]!) !== null) {
    return own.find((i) => i.after === NE) ?? own[0];
  }
  return intros.find((i) => i.after === NE) ?? intros[0];
}

/** Every leader the tokens introduce, in order, each once. */
export function introductions(
  tokens: readonly Token[],
  gz: GazetteerIndex,
  unknown: (e: { offset: number; message: string }) => void,
): { intros: Intro[]; slots: Slot[] } {
  type Found = Omit<Intro, 'possessive'> & { next: number };
  const found: Found[] = [];
  const slots: Slot[] = [];
  const add = (intro: Found) => {
    if (!found.some((i) => sameIntro(i, intro))) found.push(intro);
  };
  for (let i = 0; i < tokens.length; i++) {
    const plural = phraseAt(tokens, i, pluralWords);
    if (plural) {
      const group = pluralIntro(tokens, i, plural, gz);
      group.intros.forEach(add);
      slots.push(...group.slots.map((country) => ({ country, title: null })));
      i = group.end;
      continue;
    }
    const counterpart = phraseAt(tokens, i, counterpartWords);
    const title = counterpart ?? phraseAt(tokens, i, titleWords);
    if (title) {
      const before = countryBefore(tokens, i, gz);
      // "भूटान के राजा X और प्रधानमंत्री Y": Y is of X's country.
      const previous = found.at(-1);
      const listedWith = !before.country && before.unknownAt === null && previous?.country && previous.next === i - 1 && LIST.has(tokens[i - 1]!.key);
      const { country, start, unknownAt } = listedWith ? { ...before, country: previous.country } : before;
      // नरेश, अमीर: an office only after a country ("भूटान नरेश"); alone, a name or a word.
      if (!counterpart && afterCountry.has(title.join(' ')) && !country) continue;
      const skip = skipBeforeName(tokens, i + title.length);
      // A name the gazetteer lists may open with a word that ends other names ("जो बाइडेन").
      const known = gazetteerMention(tokens, i + title.length + skip, gz, true);
      const name = known?.name ?? nameAfter(tokens, i + title.length, gz);
      // "<country> के प्रधानमंत्री से": named by office alone; the name may come later.
      if (name.length === 0 && country && !counterpart) slots.push({ country, title: titleOf.get(title.join(' ')) ?? null });
      if (name.length > 0) {
        const words = name.map((t) => t.text).join(' ');
        if (unknownAt !== null) unknown({ offset: tokens[unknownAt]!.start, message: `"${tokens[unknownAt]!.text}", before "${words}", is not a country the datasets or the gazetteer know` });
        const listed = known?.person ?? listedPerson(name.map((t) => t.key), country?.code ?? null, gz);
        const next = i + title.length + skip + name.length;
        const titleSpan: Span = [tokens[i]!.start, tokens[i + title.length - 1]!.end];
        add({ name, title: counterpart ? null : (titleOf.get(title.join(' ')) ?? null), titleSpan, counterpart: !!counterpart, country, withCountry: country !== null || unknownAt !== null, listed, at: tokens[start]!.start, after: tokens[next]?.key, next });
        i = next - 1;
      }
      continue;
    }
    const listed = gazetteerMention(tokens, i, gz);
    if (listed) {
      const next = i + listed.length;
      add({ name: listed.name, title: null, titleSpan: null, counterpart: false, country: gz.country(listed.person.country) ?? null, withCountry: false, listed: listed.person, at: tokens[i]!.start, after: tokens[next]?.key, next });
      i = next - 1;
    }
  }
  const intros = found.map(({ next, ...intro }) => ({
    ...intro,
    possessive: OF.has(intro.after ?? '') && relations.has(tokens[next + 1]?.key ?? ''),
  }));
  return { intros, slots };
}

/**
 * "<country> के" or "<adjective>" (or the country's name, "भूटान नरेश")
 * right before the title at `i`; "<country> के <organisation> के अध्यक्ष"
 * reaches back over the organisation's words to the country. A word before
 * "के" that is no country (a misspelling) is reported by position; the
 * person may still be known by name.
 */
function countryBefore(tokens: readonly Token[], i: number, gz: GazetteerIndex): { country: Country | null; start: number; unknownAt: number | null } {
  const own = possessives.has(tokens[i - 1]?.key ?? '') ? 1 : 0;
  const of = OF.has(tokens[i - 1 - own]?.key ?? '');
  const end = (of ? i - 2 : i - 1) - own;
  const found = entryEndingAt(tokens, end, of ? gz.countries : gz.demonyms) ?? (of ? undefined : entryEndingAt(tokens, end, gz.countries));
  if (found) return { country: found.value, start: end - found.words.length + 1, unknownAt: null };
  if (of && organisations.has(tokens[end]?.key ?? '')) return organisationCountry(tokens, end, gz);
  const unknown = of && isWord(tokens[end]) && !stops.has(tokens[end]!.key);
  return { country: null, start: unknown ? end : i, unknownAt: unknown ? end : null };
}

/** "<country> के/की [words] <organisation>" or "<adjective> [words] <organisation>", ending at `end`: the organisation's country, or none. */
function organisationCountry(tokens: readonly Token[], end: number, gz: GazetteerIndex): { country: Country | null; start: number; unknownAt: number | null } {
  for (let k = end - 1; k >= Math.max(0, end - MAX_ORGANISATION_WORDS); k--) {
    const of = OF.has(tokens[k]?.key ?? '');
    const found = of ? entryEndingAt(tokens, k - 1, gz.countries) : entryEndingAt(tokens, k, gz.demonyms);
    if (found) return { country: found.value, start: (of ? k - 1 : k) - found.words.length + 1, unknownAt: null };
    if (!isWord(tokens[k]) && tokens[k]?.text !== '-') break;
  }
  return { country: null, start: end, unknownAt: null };
}

function skipBeforeName(tokens: readonly Token[], from: number): number {
  let j = from;
  while (tokens[j] && (tokens[j]!.text === ',' || honorifics.has(tokens[j]!.key))) j++;
  return j - from;
}

/**
 * The name after a title: words up to a case marker, conjunction or
 * punctuation. An English name in brackets after it ("एस. जयशंकर (S.
 * Jaishankar)") is the same person and is not read as part of the name.
 */
function nameAfter(tokens: readonly Token[], from: number, gz: GazetteerIndex): Token[] {
  const name: Token[] = [];
  const start = from + skipBeforeName(tokens, from);
  if (notNames.has(tokens[start]?.key ?? '')) return [];
  for (let j = start; j < tokens.length && name.length < MAX_NAME_WORDS; j++) {
    const t = tokens[j]!;
    if (stops.has(t.key) || !isWord(t) || phraseAt(tokens, j, titleWords) || encounterWords.has(t.key) || /[A-Za-z]/u.test(t.text)) break;
    // A country after a name, then a word of coming, is where they went, not their name: "… वांगचुक भारत आए"
    // (but "एरिक हॉलैंड से": a surname may spell a country).
    const country = name.length > 0 ? entryAt(tokens, j, gz.countries) : undefined;
    if (country && going.has(tokens[j + country.words.length]?.key ?? '')) break;
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
): { intros: Array<Omit<Intro, 'possessive'> & { next: number }>; slots: Country[]; end: number } {
  const title = pluralOf.get(plural.join(' ')) ?? null;
  const counterpart = title === null && counterpartWords.some((w) => w.join(' ') === plural.join(' '));
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
    const name = nameAfter(tokens, j, gz);
    if (name.length === 0) break;
    names.push(name);
    j += skipBeforeName(tokens, j) + name.length;
    if (!LIST.has(tokens[j]?.key ?? '')) break;
    j++;
  }
  // Unnamed here, or named in another order: the countries wait for their leaders' names.
  if (countries.length === 0 || countries.length !== names.length) return { intros: [], slots: countries.map((c) => c.country), end: i + plural.length - 1 };
  const after = tokens[j]?.key;
  const titleSpan: Span = [tokens[i]!.start, tokens[i + plural.length - 1]!.end];
  return {
    intros: names.map((name, n) => ({
      name,
      title,
      titleSpan: title || counterpart ? titleSpan : null,
      counterpart,
      plural: true,
      country: countries[n]!.country,
      withCountry: true,
      listed: listedPerson(name.map((t) => t.key), countries[n]!.country.code, gz),
      at: tokens[countries[n]!.start]!.start,
      after,
      next: j,
    })),
    slots: [],
    end: j - 1,
  };
}

/**
 * A person the gazetteer lists, named without a title: several words, or one
 * word followed by a case marker (any one word, after a title).
 */
function gazetteerMention(tokens: readonly Token[], i: number, gz: GazetteerIndex, titled = false): { person: GazetteerPerson; name: Token[]; length: number } | null {
  for (const entry of gz.people.entries) {
    if (!matchesAt(tokens, i, entry.words)) continue;
    const next = tokens[i + entry.words.length]?.key ?? '';
    if (entry.words.length > 1 || titled || ['ने', 'से', 'की', 'के'].map(fold).includes(next)) {
      return { person: entry.value, name: tokens.slice(i, i + entry.words.length), length: entry.words.length };
    }
  }
  return null;
}

