import type { Article, Meeting, Person, Place, Sentence } from '../../schema/article.ts';

/** Indexed views of one article, for components that look things up by id. */
export interface ArticleIndex {
  article: Article;
  person(id: string): Person;
  place(id: string): Place;
  sentence(id: string): Sentence;
  meeting(id: string): Meeting | undefined;
}

const cache = new WeakMap<Article, ArticleIndex>();

export function indexArticle(article: Article): ArticleIndex {
  const cached = cache.get(article);
  if (cached) return cached;
  const people = new Map(article.people.map((p) => [p.id, p]));
  const places = new Map(article.places.map((p) => [p.id, p]));
  const sentences = new Map(article.sentences.map((s) => [s.id, s]));
  const must = <T,>(map: Map<string, T>, id: string, what: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`The article has no ${what} "${id}".`);
    return found;
  };
  const index: ArticleIndex = {
    article,
    person: (id) => must(people, id, 'person'),
    place: (id) => must(places, id, 'place'),
    sentence: (id) => must(sentences, id, 'sentence'),
    meeting: (id) => article.meetings.find((m) => m.id === id),
  };
  cache.set(article, index);
  return index;
}

/**
 * A meeting's sentences grouped by speaker: the host first, then the
 * visitor, then what no one is named as saying (speaker null).
 */
export function statementsBySpeaker(meeting: Meeting): Array<{ speaker: string | null; sentences: string[] }> {
  const order = [meeting.host, meeting.visitor, ...meeting.statements.map((s) => s.speaker), null];
  const speakers = [...new Set(order)].filter((id) => meeting.statements.some((s) => s.speaker === id));
  return speakers.map((speaker) => ({
    speaker,
    sentences: meeting.statements.filter((s) => s.speaker === speaker).flatMap((s) => s.sentences),
  }));
}
