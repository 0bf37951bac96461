/**
 * The people a report names: who they are, every spelling the text uses for
 * them, and how a later mention (often the surname alone, sometimes spelled
 * differently) resolves back to them.
 */
import type { Gazetteer, GazetteerPerson } from './gazetteer.ts';
import { fold, skeleton } from './normalize.ts';
import type { Token } from './tokens.ts';

export interface FoundPerson {
  id: string;
  nameHi: string;
  nameEn: string | null;
  spellings: string[];
  title: GazetteerPerson['title'];
  country: string;
  role: 'host' | 'visitor';
  fromText: boolean;
  /** Where the lead introduces them, so errors about them can point there. */
  introducedAt: number;
  /** Folded single-word keys a mention may use. */
  keys: Set<string>;
}

// A skeleton of fewer consonants matches too much to be trusted.
const MIN_SKELETON = 3;

export function personFromIntro(
  nameTokens: readonly Token[],
  country: string,
  title: GazetteerPerson['title'],
  role: FoundPerson['role'],
  gazetteer: Gazetteer,
  introducedAt: number,
): FoundPerson {
  const nameHi = nameTokens.map((t) => t.text).join(' ');
  const words = nameTokens.map((t) => t.key);
  const last = words[words.length - 1]!;
  const listed = gazetteer.people.find(
    (p) =>
      p.country === country &&
      p.aliases.some((alias) => {
        const aliasWords = alias.trim().split(/\s+/u).map(fold);
        return aliasWords.join(' ') === words.join(' ') || aliasWords.includes(last);
      }),
  );
  const keys = new Set<string>([last]);
  for (const alias of listed?.aliases ?? []) {
    const aliasWords = alias.trim().split(/\s+/u).map(fold);
    if (aliasWords.length === 1) keys.add(aliasWords[0]!);
    else keys.add(aliasWords[aliasWords.length - 1]!);
  }
  return {
    id: listed?.id ?? `leader-${country.toLowerCase()}`,
    nameHi,
    nameEn: listed?.name.en ?? null,
    spellings: [nameHi],
    title,
    country,
    role,
    fromText: !listed,
    introducedAt,
    keys,
  };
}

/** The one person a single-word mention names, or null when none or several. */
export function resolveMention(token: Token | undefined, people: readonly FoundPerson[]): FoundPerson | null {
  if (!token) return null;
  const exact = people.filter((p) => p.keys.has(token.key));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return null;
  const shape = skeleton(token.text);
  if ([...shape].length < MIN_SKELETON) return null;
  const near = people.filter((p) => [...p.keys].some((k) => skeleton(k) === shape));
  return near.length === 1 ? near[0]! : null;
}

export function noteSpelling(person: FoundPerson, spelling: string): void {
  if (!person.spellings.includes(spelling)) person.spellings.push(spelling);
}
