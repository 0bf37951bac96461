import type { Article, Person } from '../schema/article.ts';
import type { PersonRef, ReportSummary } from '../schema/site.ts';

export function personRef(person: Pick<Person, 'id' | 'name' | 'title' | 'country'>): PersonRef {
  return { id: person.id, name: person.name, title: person.title, country: person.country };
}

/** What lists show of a report: the one reading of an article for every list and headline. */
export function summaryOf(article: Article): ReportSummary {
  const person = (id: string) => personRef(article.people.find((p) => p.id === id)!);
  const venue = article.venue ? article.places.find((p) => p.id === article.venue) : undefined;
  return {
    id: article.id,
    date: article.date,
    headline: article.headline,
    translated: article.source.translation !== undefined,
    host: person(article.host),
    venue: venue ? { name: venue.name } : null,
    meetings: article.meetings.map((m) => ({ id: m.id, country: m.country, visitor: person(m.visitor), kind: m.kind, remote: m.remote?.by ?? null })),
    spellings: Object.fromEntries(article.countries.map((c) => [c.code, c.spelling])),
  };
}
