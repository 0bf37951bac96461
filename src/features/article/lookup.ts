import type { Article, Meeting, Person, Place, Sentence, Span } from '../../schema/article.ts';

/** Indexed views of one article, for components that look things up by id. */
export interface ArticleIndex {
  article: Article;
  person(id: string): Person;
  place(id: string): Place;
  sentence(id: string): Sentence;
  meeting(id: string): Meeting | undefined;
  /** The sentence that holds these words of the source, or undefined where none does (a dateline, a header). */
  sentenceAt(span: Span): Sentence | undefined;
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
    sentenceAt: ([start, end]) => article.sentences.find(({ span }) => span[0] <= start && end <= span[1]),
  };
  cache.set(article, index);
  return index;
}

/**
 * A meeting's sentences grouped by speaker: the report's own leader first,
 * then the counterparts, then anyone else, then what no one is named as
 * saying (speaker null).
 */
export function statementsBySpeaker(meeting: Meeting): Array<{ speaker: string | null; sentences: string[] }> {
  const order = [meeting.protagonist, ...meeting.counterparts, ...meeting.statements.map((s) => s.speaker), null];
  const speakers = [...new Set(order)].filter((id) => meeting.statements.some((s) => s.speaker === id));
  return speakers.map((speaker) => ({
    speaker,
    sentences: meeting.statements.filter((s) => s.speaker === speaker).flatMap((s) => s.sentences),
  }));
}
