import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en/common.json';
import hi from '../locales/hi/common.json';
import { DEFAULT_LANG, type Lang } from './lang.ts';

export const resources = { en: { common: en }, hi: { common: hi } } as const;

/** One i18next instance with both languages bundled; the URL picks which. */
export function createI18n(lng: Lang = DEFAULT_LANG): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_LANG,
    resources,
    ns: ['common'],
    defaultNS: 'common',
    // React escapes what it renders; report text never passes through here.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
