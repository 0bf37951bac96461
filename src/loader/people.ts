/**
 * The people a report names: who they are, every spelling the text uses for
 * them, and how a later mention resolves back to them — by any run of the
 * words of their name (मोहम्मद बिन जायद for मोहम्मद बिन जायद अल नाहयान,
 * मार्कोस for फर्डिनेंड मार्कोस जूनियर), and a single word also by its
 * consonants when that is unambiguous (जोपारोव for जापारोव).
 */
import type { PersonTitle } from '../schema/article.ts';
import { MAX_ID_LENGTH, type GazetteerIndex, type GazetteerPerson } from './gazetteer.ts';
import { fold, foldPhrase, skeleton } from './normalize.ts';
import { romanize } from './romanize.ts';
import type { Token } from './tokens.ts';
import { HONORIFICS, NAME_PARTICLES } from './vocabulary.ts';

export interface FoundPerson {
  id: string;
  nameHi: string;
  nameEn: string | null;
  spellings: string[];
  /** The office the report gives them, with its footing. */
  title: PersonTitle;
  country: string;
  role: 'protagonist' | 'counterpart';
  fromText: boolean;
  /** Where the lead introduces them, so messages about them can point there. */
  introducedAt: number;
  /**
   * Introduced with their country ("केन्या के राष्ट्रपति …"). A report names
   * its own leader without one ("राष्ट्रपति … ने"), and a bare title both
   * sides hold ("राष्ट्रपति ने कहा") means that one.
   */
  qualified: boolean;
  /** Folded words of each name they go by: as introduced, and the gazetteer's aliases. */
  names: string[][];
}

// A skeleton of fewer consonants matches too much to be trusted.
const MIN_SKELETON = 3;
const PARTICLES = new Set([...NAME_PARTICLES, ...HONORIFICS].map(fold));
const MAX_MENTION_WORDS = 6;

const wordsOf = (phrase: string) => foldPhrase(phrase).split(' ');

/** Is `part` a run of consecutive words of `whole`? */
function isRunOf(part: readonly string[], whole: readonly string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, k) => whole[i + k] === w)) return true;
  return false;
}

const meaningful = (words: readonly string[]) => words.some((w) => !PARTICLES.has(w));

/** The gazetteer's entry for a name introduced in the text, if it lists them. */
export function listedPerson(name: readonly string[], country: string | null, gz: GazetteerIndex): GazetteerPerson | undefined {
  const last = name[name.length - 1];
  return gz.gazetteer.people.find(
    (p) =>
      (country === null || p.country === country) &&
      p.aliases.some((alias) => {
        const words = wordsOf(alias);
        if (!meaningful(words)) return false;
        return isRunOf(words, name) || (isRunOf(name, words) && meaningful(name)) || (last !== undefined && !PARTICLES.has(last) && words[words.length - 1] === last);
      }),
  );
}

/** FNV-1a, 32 bits, as eight hexadecimal digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * An id spelled from a name, at most MAX_ID_LENGTH characters: a longer one
 * is cut after a whole word (within a word only if the first is that long)
 * and ends in a hash of the whole, so the same name keeps the same id in
 * every report and two long names that begin alike keep two ids.
 */
export function boundedId(id: string): string {
  if (id.length <= MAX_ID_LENGTH) return id;
  const tag = hash(id);
  const room = MAX_ID_LENGTH - tag.length - 1;
  const cut = id.lastIndexOf('-', room);
  return `${id.slice(0, cut > 0 ? cut : room)}-${tag}`;
}

export function personFromIntro(
  nameTokens: readonly Token[],
  country: string,
  title: PersonTitle,
  role: FoundPerson['role'],
  listed: GazetteerPerson | undefined,
  introducedAt: number,
  qualified: boolean,
): FoundPerson {
  const nameHi = nameTokens.map((t) => t.text).join(' ');
  return {
    id: listed?.id ?? (boundedId(romanize(nameHi)) || `leader-${country.toLowerCase()}`),
    nameHi,
    nameEn: listed?.name.en ?? null,
    spellings: [nameHi],
    title,
    country,
    role,
    fromText: !listed,
    introducedAt,
    qualified,
    names: [nameTokens.map((t) => t.key), ...(listed?.aliases ?? []).map(wordsOf)],
  };
}

export type Mention = { person: FoundPerson; start: number } | { ambiguous: true; start: number } | null;

/**
 * The person named by the words that end at token `end`: the longest run of
 * words that belongs to exactly one person's name. Several people sharing
 * that run is ambiguous; a run of particles (बिन, अल) names no one.
 */
export function mentionEndingAt(tokens: readonly Token[], end: number, people: readonly FoundPerson[]): Mention {
  if (end < 0 || !tokens[end]) return null;
  for (let length = Math.min(MAX_MENTION_WORDS, end + 1); length >= 1; length--) {
    const run = tokens.slice(end - length + 1, end + 1).map((t) => t.key);
    if (!meaningful(run)) continue;
    const found = people.filter((p) => p.names.some((name) => isRunOf(run, name)));
    if (found.length === 1) return { person: found[0]!, start: end - length + 1 };
    if (found.length > 1) return { ambiguous: true, start: end - length + 1 };
  }
  const shape = skeleton(tokens[end]!.text);
  if ([...shape].length < MIN_SKELETON || PARTICLES.has(tokens[end]!.key)) return null;
  const near = people.filter((p) => p.names.some((name) => name.some((w) => !PARTICLES.has(w) && skeleton(w) === shape)));
  if (near.length === 1) return { person: near[0]!, start: end };
  return near.length > 1 ? { ambiguous: true, start: end } : null;
}

export function noteSpelling(person: FoundPerson, tokens: readonly Token[]): void {
  if (tokens.length === 0) return;
  const spelling = tokens.map((t) => t.text).join(' ');
  if (!person.spellings.includes(spelling)) person.spellings.push(spelling);
}
