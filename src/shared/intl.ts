import type { Lang } from './lang.ts';

const LOCALES: Record<Lang, string> = { hi: 'hi-IN', en: 'en-GB' };
const regionNames = new Map<Lang, Intl.DisplayNames>();

/** The country's name in the interface language, from the platform; the code itself if it knows none. */
export function countryName(code: string, lang: Lang): string {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[lang]], { type: 'region', fallback: 'code' });
    regionNames.set(lang, names);
  }
  const upper = code.toUpperCase();
  try {
    return names.of(upper) ?? upper;
  } catch {
    // of() throws a RangeError for anything that is not a well-formed region code.
    return upper;
  }
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** An ISO date (YYYY-MM-DD) as a reader of that language writes it. */
export function formatDate(isoDate: string, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    // Building a formatter costs far more than using one.
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

// English names that take "the" inside a sentence: the United States, the Philippines.
const WITH_ARTICLE = new Set(['US', 'GB', 'AE', 'PH', 'NL', 'BS', 'GM', 'MV', 'DO', 'CF', 'KM', 'MH', 'SB', 'CD', 'CG', 'KY', 'FO', 'FK', 'VI', 'VG', 'TC', 'IO', 'VA']);

/** A country's name as it stands inside an English sentence ("the Philippines"); other languages as they are. */
export function inSentence(name: string, code: string, lang: Lang): string {
  return lang === 'en' && WITH_ARTICLE.has(code.toUpperCase()) ? `the ${name}` : name;
}
