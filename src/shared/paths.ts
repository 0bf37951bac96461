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

/** Do two URL paths name the same page? A trailing slash makes no difference. */
export function samePath(a: string, b: string): boolean {
  const trim = (p: string) => p.replace(/\/+$/, '') || '/';
  return trim(decodeURI(a)) === trim(decodeURI(b));
}
