import type { Lang } from './lang.ts';

/** Every route's path, in one place. */
export const paths = {
  overview: (lang: Lang) => `/${lang}/`,
  meeting: (lang: Lang, meeting: string) => `/${lang}/meetings/${meeting}`,
  article: (lang: Lang, sentence?: string) => `/${lang}/article${sentence ? `#${sentence}` : ''}`,
};

/** The same page in another language: only the first path segment changes. */
export function inLang(pathname: string, lang: Lang): string {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return `/${lang}${rest || '/'}`;
}
