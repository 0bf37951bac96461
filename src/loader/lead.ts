/**
 * The lead paragraph names the host, the visitors (each introduced as
 * "<country> के राष्ट्रपति <name>" or "<demonym> राष्ट्रपति <name>"), the venue
 * and the occasion.
 */
import type { Span } from '../schema/article.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import type { GazetteerIndex, GazetteerPlace, PhraseIndex } from './gazetteer.ts';
import { personFromIntro, resolveMention, type FoundPerson } from './people.ts';
import { fold } from './normalize.ts';
import { matchesAt, type Token } from './tokens.ts';

// Without a prototype, so that a word such as "constructor" names nothing.
export const TITLES: Record<string, FoundPerson['title']> = Object.assign(Object.create(null), {
  [fold('राष्ट्रपति')]: 'president',
  [fold('प्रधानमंत्री')]: 'prime-minister',
  [fold('प्रधान मंत्री')]: 'prime-minister',
});
export const ENCOUNTER_WORDS: Record<string, 'mulaqat' | 'varta' | 'baatcheet' | 'bhent'> = Object.assign(Object.create(null), {
  [fold('मुलाकात')]: 'mulaqat',
  [fold('मुलाक़ात')]: 'mulaqat',
  [fold('वार्ता')]: 'varta',
  [fold('बातचीत')]: 'baatcheet',
  [fold('भेंट')]: 'bhent',
});
const NAME_STOPS = new Set(['और', 'से', 'ने', 'के', 'का', 'की', 'को', 'में', 'तथा', 'व', 'एवं', 'सहित'].map(fold));
const MAX_NAME_WORDS = 5;

export interface Lead {
  host: FoundPerson;
  visitors: FoundPerson[];
  venue: GazetteerPlace;
  occasion: Span | null;
  encounter: { kind: (typeof ENCOUNTER_WORDS)[string]; span: Span; hi: string } | null;
}

export function readLead(tokens: Token[], text: string, file: string, gz: GazetteerIndex): { lead?: Lead; errors: LoaderError[] } {
  const at = errorsIn(file, text);
  const errors: LoaderError[] = [];
  const people: FoundPerson[] = [];
  const leadStart = tokens[0]?.start ?? 0;

  tokens.forEach((token, i) => {
    const title = titleAt(tokens, i);
    if (!title) return;
    const ofCountry = tokens[i - 1]?.key === 'के';
    const countryEnd = ofCountry ? i - 2 : i - 1;
    const country = entryEndingAt(tokens, countryEnd, ofCountry ? gz.countries : gz.demonyms);
    const name: Token[] = [];
    for (let j = i + title.words; j < tokens.length && name.length < MAX_NAME_WORDS; j++) {
      const t = tokens[j]!;
      if (NAME_STOPS.has(t.key) || !/\p{L}/u.test(t.text)) break;
      name.push(t);
    }
    if (name.length === 0) return;
    const written = name.map((t) => t.text).join(' ');
    if (!country) {
      errors.push(at((tokens[countryEnd] ?? token).start, 'entity/unknown-country', `the country of "${written}" is not in the gazetteer`));
      return;
    }
    const introducedAt = tokens[countryEnd - country.words.length + 1]!.start;
    const code = country.value.code;
    const earlier = people.find((p) => p.country === code);
    if (earlier) {
      // The same leader named again is still one leader; another one of the
      // same country would need a second meeting id, which the article has not.
      if (resolveMention(name[name.length - 1], [earlier]) !== earlier) {
        errors.push(at(introducedAt, 'entity/duplicate-country', `"${written}" is a second leader of ${code} after "${earlier.nameHi}"; the lead may introduce one leader per country`));
      }
      return;
    }
    const after = tokens[i + title.words + name.length];
    const role = after?.key === 'ने' ? 'host' : 'visitor';
    people.push(personFromIntro(name, code, title.title, role, gz.gazetteer, introducedAt));
  });

  const hosts = people.filter((p) => p.role === 'host');
  const visitors = people.filter((p) => p.role === 'visitor');
  if (hosts.length === 0) errors.push(at(leadStart, 'entity/no-host', 'the lead must name one host as "<title> <name> ने"'));
  for (const extra of hosts.slice(1)) errors.push(at(extra.introducedAt, 'entity/no-host', `"${extra.nameHi}" is a second host after "${hosts[0]!.nameHi}"; the lead must name one host`));
  if (visitors.length === 0) errors.push(at(leadStart, 'entity/no-visitors', 'the lead introduces no visiting leader as "<country> के <title> <name>"'));

  const venueAt = tokens.findIndex((t, i) => tokens[i + 1]?.key === 'में' && phraseEndingAt(tokens, i, gz.places));
  const venue = venueAt >= 0 ? phraseEndingAt(tokens, venueAt, gz.places) : undefined;
  if (!venue) errors.push(at(leadStart, 'entity/no-venue', 'the lead names no venue from the gazetteer as "<place> में"'));
  if (errors.length > 0 || !venue) return { errors };

  return {
    errors,
    lead: {
      host: hosts[0]!,
      visitors,
      venue,
      occasion: occasionAfter(tokens, venueAt + 2),
      encounter: encounterOf(tokens),
    },
  };
}

/** The gazetteer entry whose alias ends at token `end`, longest alias first. */
export function phraseEndingAt<T>(tokens: readonly Token[], end: number, index: PhraseIndex<T>): T | undefined {
  return entryEndingAt(tokens, end, index)?.value;
}

function entryEndingAt<T>(tokens: readonly Token[], end: number, index: PhraseIndex<T>): PhraseIndex<T>['entries'][number] | undefined {
  return index.entries.find((e) => end - e.words.length + 1 >= 0 && matchesAt(tokens, end - e.words.length + 1, e.words));
}

/** The title starting at token `i`, two words (प्रधान मंत्री) before one. */
function titleAt(tokens: readonly Token[], i: number): { title: FoundPerson['title']; words: number } | null {
  const two = TITLES[`${tokens[i]!.key} ${tokens[i + 1]?.key}`];
  if (two) return { title: two, words: 2 };
  const one = TITLES[tokens[i]!.key];
  return one ? { title: one, words: 1 } : null;
}

const SEPARATELY = ['अलग-अलग', 'तौर', 'पर'].map(fold);
const TAKING_PART = [['में', 'भाग'], ['में', 'हिस्सा']].map((w) => w.map(fold));

/** "…में [अलग-अलग तौर पर] <occasion> में भाग लेने वाले…" */
function occasionAfter(tokens: readonly Token[], from: number): Span | null {
  let i = from;
  while (SEPARATELY.includes(tokens[i]?.key ?? '')) i++;
  for (let j = i + 1; j < tokens.length; j++) {
    if (TAKING_PART.some((w) => matchesAt(tokens, j, w))) return [tokens[i]!.start, tokens[j - 1]!.end];
  }
  return null;
}

/** The lead's own verb: "<visitors> से भेंट की". */
function encounterOf(tokens: readonly Token[]): Lead['encounter'] {
  const i = tokens.findIndex((t, k) => ENCOUNTER_WORDS[t.key] && ['की', 'किया', 'कीं'].includes(tokens[k + 1]?.key ?? ''));
  const t = tokens[i];
  return t ? { kind: ENCOUNTER_WORDS[t.key]!, span: [t.start, t.end], hi: t.text } : null;
}
