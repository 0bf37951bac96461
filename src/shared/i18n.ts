import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from '../locales/en/common.json';
import { DEFAULT_LANG, type Lang } from './lang.ts';

export type Strings = typeof en;
export type Resources = Partial<Record<Lang, { common: Strings }>>;

/**
 * One i18next instance; the URL picks the language. `resources` holds the
 * languages at hand (the browser starts with its page's, src/app/locales.ts);
 * `load` fetches another when a page asks for it.
 */
export function createI18n(lng: Lang = DEFAULT_LANG, resources: Resources, load?: (lang: Lang) => Promise<Strings>): i18n {
  const instance = i18next.createInstance();
  if (load) {
    instance.use({
      type: 'backend',
      init() {},
      read(language: string, _ns: string, done: (error: unknown, data?: Strings) => void) {
        load(language as Lang).then((strings) => done(null, strings), (error: unknown) => done(error));
      },
    });
  }
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    resources,
    partialBundledLanguages: true,
    ns: ['common'],
    defaultNS: 'common',
    // React escapes what it renders; report text never passes through here.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
