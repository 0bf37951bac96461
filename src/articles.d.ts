declare module 'virtual:bhent/site' {
  /** Addresses below each language that lead on to where their page now is (the reasons stay in seeds/redirects.json). */
  export const redirects: Array<{ from: string; to: string }>;
  /** The interface's name of each country the reports name, by upper-case code, in each language. */
  export const countryNames: Record<import('./shared/lang.ts').Lang, Record<string, string>>;
}

declare module 'virtual:bhent/article/*' {
  const article: import('./schema/article.ts').Article;
  export default article;
}
