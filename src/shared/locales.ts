import en from '../locales/en/common.json';
import hi from '../locales/hi/common.json';
import type { Resources } from './i18n.ts';

/** Every language's interface strings at once: for the prerender and the tests, which have no network to wait for. */
export const resources = { en: { common: en }, hi: { common: hi } } satisfies Resources;
