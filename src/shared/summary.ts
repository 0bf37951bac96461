import type { Article, Person } from '../schema/article.ts';
import type { PersonRef, ReportSummary } from '../schema/site.ts';

export function personRef(person: Pick<Person, 'id' | 'name' | 'title' | 'country'>): PersonRef {
  return { id: person.id, name: person.name, office: person.title.office, country: person.country };
}

/** The place every meeting of the report was held, where each has the same one. */
export function commonVenue(article: Pick<Article, 'meetings'>): string | null {
  const venues = new Set(article.meetings.map((m) => m.venue.value));
  return venues.size === 1 ? [...venues][0]! : null;
}

/** What lists show of a report: the one reading of an article for every list and headline. */
export function summaryOf(article: Article): ReportSummary {
  const person = (id: string) => personRef(article.people.find((p) => p.id === id)!);
  const venueId = commonVenue(article);
  const venue = venueId ? article.places.find((p) => p.id === venueId) : undefined;
  return {
    id: article.id,
    date: article.date,
    headline: article.headline,
    translated: article.source.translation !== undefined,
    protagonist: person(article.protagonist),
    venue: venue ? { name: venue.name } : null,
    meetings: article.meetings.map((m) => ({
      id: m.id,
      country: m.country,
      counterparts: m.counterparts.map(person),
      kind: m.kind,
      remote: m.remote?.by ?? null,
      host: m.host.value,
      held: m.date.value,
    })),
    spellings: Object.fromEntries(article.countries.map((c) => [c.code, c.spelling])),
  };
}
