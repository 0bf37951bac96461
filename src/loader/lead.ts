/**
 * The lead paragraph names the host, the visitors (each introduced as
 * "<country> के राष्ट्रपति <name>" or "<demonym> राष्ट्रपति <name>"), the venue
 * and the occasion.
 */
import type { Span } from '../schema/article.ts';
import { errorsIn, type LoaderError } from './errors.ts';
import type { GazetteerIndex, GazetteerPlace, PhraseIndex } from './gazetteer.ts';
import { personFromIntro, type FoundPerson } from './people.ts';
import { fold } from './normalize.ts';
import { matchesAt, type Token } from './tokens.ts';

export const TITLES: Record<string, FoundPerson['title']> = {
  [fold('राष्ट्रपति')]: 'president',
  [fold('प्रधानमंत्री')]: 'prime-minister',
  [fold('प्रधान मंत्री')]: 'prime-minister',
};
export const ENCOUNTER_WORDS: Record<string, 'mulaqat' | 'varta' | 'baatcheet' | 'bhent'> = {
  [fold('मुलाकात')]: 'mulaqat',
  [fold('मुलाक़ात')]: 'mulaqat',
  [fold('वार्ता')]: 'varta',
  [fold('बातचीत')]: 'baatcheet',
  [fold('भेंट')]: 'bhent',
};
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
    const title = TITLES[token.key];
    if (!title) return;
    const country =
      tokens[i - 1]?.key === 'के' ? phraseEndingAt(tokens, i - 2, gz.countries) : phraseEndingAt(tokens, i - 1, gz.demonyms);
    const name: Token[] = [];
    for (let j = i + 1; j < tokens.length && name.length < MAX_NAME_WORDS; j++) {
      const t = tokens[j]!;
      if (NAME_STOPS.has(t.key) || !/\p{L}/u.test(t.text)) break;
      name.push(t);
    }
    if (name.length === 0) return;
    if (!country) {
      errors.push(at(tokens[i - 1]?.start ?? token.start, 'entity/unknown-country', `the country of "${name.map((t) => t.text).join(' ')}" is not in the gazetteer`));
      return;
    }
    const after = tokens[i + 1 + name.length];
    const role = after?.key === 'ने' ? 'host' : 'visitor';
    if (people.some((p) => p.country === country.code)) return;
    people.push(personFromIntro(name, country.code, title, role, gz.gazetteer));
  });

  const hosts = people.filter((p) => p.role === 'host');
  const visitors = people.filter((p) => p.role === 'visitor');
  if (hosts.length !== 1) errors.push(at(leadStart, 'entity/no-host', 'the lead must name one host as "<title> <name> ने"'));
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
  return index.entries.find((e) => end - e.words.length + 1 >= 0 && matchesAt(tokens, end - e.words.length + 1, e.words))?.value;
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
