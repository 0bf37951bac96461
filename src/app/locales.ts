import type { i18n } from 'i18next';
import { createI18n, type Strings } from '../shared/i18n.ts';
import { otherLang, type Lang } from '../shared/lang.ts';

/** Each language's interface strings in their own chunk: a page loads its own language's, the other when asked. */
function loadStrings(lang: Lang): Promise<Strings> {
  return (lang === 'hi' ? import('../locales/hi/common.json') : import('../locales/en/common.json')).then((m) => m.default);
}

let browserI18n: i18n | undefined;

/** The browser's i18next, with the page's language at hand; the other comes when the browser is idle. */
export async function browserStrings(lang: Lang): Promise<i18n> {
  browserI18n = createI18n(lang, { [lang]: { common: await loadStrings(lang) } }, loadStrings);
  const later = () => void browserI18n?.loadLanguages(otherLang(lang));
  if ('requestIdleCallback' in window) requestIdleCallback(later);
  else setTimeout(later, 2000);
  return browserI18n;
}

/** Before a page in `lang` renders: its strings, if they have not come yet. */
export function stringsFor(lang: Lang): Promise<void> | void {
  if (browserI18n && !browserI18n.hasResourceBundle(lang, 'common')) return browserI18n.loadLanguages(lang);
}
