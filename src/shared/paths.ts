import type { Lang } from './lang.ts';

/** Every route's path, in one place. */
export const paths = {
  overview: (lang: Lang) => `/${lang}/`,
  // Every page is a folder with an index.html, so a static host serves the
  // slash-terminated path directly, without a redirect.
  meeting: (lang: Lang, meeting: string) => `/${lang}/meetings/${meeting}/`,
  article: (lang: Lang, sentence?: string) => `/${lang}/article/${sentence ? `#${sentence}` : ''}`,
};

/** The same page in another language: only the first path segment changes. */
export function inLang(pathname: string, lang: Lang): string {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return `/${lang}${rest || '/'}`;
}

/** Do two URL paths name the same page? A trailing slash makes no difference. */
export function samePath(a: string, b: string): boolean {
  const trim = (p: string) => {
    let decoded = p;
    try {
      decoded = decodeURI(p);
    } catch {
      // A malformed escape in the address bar: compare it as it is.
    }
    return decoded.replace(/\/+$/, '') || '/';
  };
  return trim(a) === trim(b);
}
