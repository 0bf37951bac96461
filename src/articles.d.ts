declare module 'virtual:bhent/articles' {
  /** Every report, newest first: id, date and headline only. */
  export const articles: import('./schema/article.ts').ArticleSummary[];
  /** Loads one article's full data, by id, in its own chunk. */
  export const loaders: Record<string, () => Promise<{ default: import('./schema/article.ts').Article }>>;
}

declare module 'virtual:bhent/article/*' {
  const article: import('./schema/article.ts').Article;
  export default article;
}
