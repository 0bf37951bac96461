import { articles, loaders } from 'virtual:bhent/articles';
import type { Article } from '../schema/article.ts';

let latest: Promise<Article> | undefined;

/** The newest report's data, loaded once, in its own chunk. */
export function loadLatestArticle(): Promise<Article> {
  const first = articles[0];
  const load = first && loaders[first.id];
  if (!load) return Promise.reject(new Error('No report was built into this site.'));
  latest ??= load().then((module) => module.default);
  return latest;
}
