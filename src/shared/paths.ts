import type { Lang } from './lang.ts';

// Every page is a folder with an index.html, so a static host serves the
// slash-terminated path directly, without a redirect.

/** Every route's path, in one place. */
export const paths = {
  /** The front page: every report, newest first; `filters` live in the query. */
  home: (lang: Lang, filters: Filters = {}) => `/${lang}/${queryOf(filters)}`,
  report: (lang: Lang, report: string) => `/${lang}/reports/${report}/`,
  meeting: (lang: Lang, report: string, meeting: string) => `/${lang}/reports/${report}/meetings/${meeting}/`,
  article: (lang: Lang, report: string, sentence?: string) => `/${lang}/reports/${report}/article/${sentence ? `#${sentence}` : ''}`,
  country: (lang: Lang, code: string) => `/${lang}/countries/${code.toLowerCase()}/`,
  person: (lang: Lang, person: string) => `/${lang}/people/${person}/`,
  year: (lang: Lang, year: string) => `/${lang}/years/${year}/`,
};

/** Where the site's data files are, under its base: each report's JSON (also a download), the CSV. */
export const dataPaths = {
  report: (report: string) => `data/reports/${report}.json`,
  statements: () => 'data/statements.csv',
  front: () => 'data/front.json',
  summaries: () => 'data/summaries.json',
  year: (year: string) => `data/years/${year}.json`,
  country: (code: string) => `data/countries/${code.toLowerCase()}.json`,
  person: (person: string) => `data/people/${person}.json`,
  people: () => 'data/people.json',
};

/** The front page's filters, as its query string holds them. */
export interface Filters {
  country?: string;
  person?: string;
  year?: string;
}

export const FILTER_KEYS = ['country', 'person', 'year'] as const satisfies ReadonlyArray<keyof Filters>;

export function queryOf(filters: Filters): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) query.set(key, filters[key]);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function filtersOf(search: string | URLSearchParams): Filters {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The same page in another language: only the first path segment changes. */
export function inLang(pathname: string, lang: Lang): string {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return `/${lang}${rest || '/'}`;
}
