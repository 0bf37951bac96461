export const LANGS = ['hi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'hi';
/** The locale each interface language is written in. */
export const INTERFACE_LOCALES: Record<Lang, string> = { hi: 'hi-IN', en: 'en-GB' };
const STORAGE_KEY = 'bhent.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'hi' ? 'en' : 'hi';
}

/** The remembered language, else the browser's first of hi/en, else Hindi. */
export function preferredLang(): Lang {
  const remembered = safeStorage()?.getItem(STORAGE_KEY);
  if (isLang(remembered)) return remembered;
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  for (const tag of languages) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}

export function rememberLang(lang: Lang): void {
  safeStorage()?.setItem(STORAGE_KEY, lang);
}

/** localStorage, or null where it is unavailable or blocked. */
export function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
