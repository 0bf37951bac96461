/**
 * One person across reports. The gazetteer's people keep their ids. Others
 * get theirs from their Hindi name in each report, so a leader spelled
 * differently in two reports (अरविंद / अरविन्द, जोसेफ / जोसफ) would be two;
 * here they become one when their country is the same and their names agree
 * by their consonants: the surname, and the given name where both reports
 * give one. The id kept is the one most reports use (the earliest report's
 * on a tie); the others stay as aliases, so no address is lost. Two people
 * of different countries whose names give one id, or one whose name gives
 * the id of someone in the gazetteer, are told apart by the country's code
 * after it.
 */
import type { Article } from '../schema/article.ts';
import { skeleton } from './normalize.ts';

export interface People {
  articles: Article[];
  /** Alias id → the id kept. */
  aliases: Map<string, string>;
}

interface Seen {
  /** The id in the reports, and the country: one key per person as the reports name them. */
  key: string;
  id: string;
  country: string;
  words: string[];
  reports: Set<string>;
  first: string;
}

const wordsOf = (name: string) => name.split(/[\s-]+/u).filter(Boolean).map(skeleton);

function sameName(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false;
  return a.length === 1 || b.length === 1 || a[0] === b[0];
}

/** Reports ordered by date, then id: the order "earliest" means. */
const byDate = (a: Article, b: Article) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

export function unifyPeople(input: readonly Article[]): People {
  const articles = [...input].sort(byDate);
  const seen = new Map<string, Seen>();
  const keyOf = (id: string, country: string) => `${id} ${country}`;
  for (const article of articles) {
    for (const person of article.people) {
      if (!person.fromText) continue;
      const key = keyOf(person.id, person.country);
      const entry = seen.get(key) ?? { key, id: person.id, country: person.country, words: wordsOf(person.name.hi), reports: new Set(), first: article.id };
      entry.reports.add(article.id);
      seen.set(key, entry);
    }
  }
  // Groups of people who are one, by union of agreeing pairs.
  const parent = new Map([...seen.keys()].map((key) => [key, key]));
  const root = (key: string): string => (parent.get(key) === key ? key : root(parent.get(key)!));
  const entries = [...seen.values()];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, b] = [entries[i]!, entries[j]!];
      if (a.country === b.country && sameName(a.words, b.words)) parent.set(root(b.key), root(a.key));
    }
  }
  const groups = new Map<string, Seen[]>();
  for (const entry of entries) groups.set(root(entry.key), [...(groups.get(root(entry.key)) ?? []), entry]);
  // Entries are in order of first report, so the earliest wins a tie.
  const kept = [...groups.values()].map((members) => ({ members, id: members.reduce((best, m) => (m.reports.size > best.reports.size ? m : best)).id }));
  // The gazetteer's ids are taken: a name spelled to one of them is someone else, told apart by the country's code.
  const clash = new Map<string, number>(articles.flatMap((a) => a.people.filter((p) => !p.fromText).map((p) => [p.id, 1] as const)));
  for (const group of kept) clash.set(group.id, (clash.get(group.id) ?? 0) + 1);
  const renamed = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const group of kept) {
    const country = group.members[0]!.country;
    const id = clash.get(group.id)! > 1 ? `${group.id}-${country.toLowerCase()}` : group.id;
    for (const member of group.members) {
      renamed.set(member.key, id);
      if (member.id !== id && clash.get(member.id) === 1) aliases.set(member.id, id);
    }
  }
  const rename = (id: string, country?: string) => (country === undefined ? undefined : renamed.get(keyOf(id, country))) ?? id;
  return {
    aliases,
    articles: input.map((article) => {
      const countryOf = new Map(article.people.map((p) => [p.id, p.country]));
      const to = (id: string) => rename(id, countryOf.get(id));
      if (!article.people.some((p) => to(p.id) !== p.id)) return article;
      const fact = <F extends { value: string | null }>(f: F): F => (f.value === null ? f : { ...f, value: to(f.value) });
      return {
        ...article,
        protagonist: to(article.protagonist),
        people: article.people.map((p) => ({ ...p, id: to(p.id) })),
        sentences: article.sentences.map((s) => ({ ...s, speaker: s.speaker && to(s.speaker) })),
        meetings: article.meetings.map((m) => ({
          ...m,
          protagonist: to(m.protagonist),
          counterparts: m.counterparts.map(to),
          host: fact(m.host),
          remote: m.remote && { ...m.remote, caller: fact(m.remote.caller) },
          statements: m.statements.map((st) => ({ ...st, speaker: st.speaker && to(st.speaker) })),
        })),
      };
    }),
  };
}
