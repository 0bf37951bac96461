import { countryNames } from 'virtual:bhent/site';
import { INTERFACE_LOCALES, type Lang } from './lang.ts';
const regionNames = new Map<Lang, Intl.DisplayNames>();

/**
 * The country's name in the interface language: from the table the build
 * made of every country the reports name, else from the platform (building
 * its table costs a slow phone tens of milliseconds), else the code itself.
 */
export function countryName(code: string, lang: Lang): string {
  const upper = code.toUpperCase();
  const known = countryNames[lang][upper];
  if (known) return known;
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([INTERFACE_LOCALES[lang]], { type: 'region', fallback: 'code' });
    regionNames.set(lang, names);
  }
  try {
    return names.of(upper) ?? upper;
  } catch {
    // of() throws a RangeError for anything that is not a well-formed region code.
    return upper;
  }
}

// The months as each language writes them in a date, as hi-IN and en-GB do,
// without the nukta the interface does without (README, "Interface strings").
const MONTHS: Record<Lang, readonly string[]> = {
  hi: ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * An ISO date (YYYY-MM-DD) as a reader of that language writes it, "31
 * August 2025", "31 अगस्त 2025": both put the day first and need no platform
 * formatter, whose making a slow phone feels.
 */
export function formatDate(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[lang][month - 1]} ${year}`;
}

/** "A, B and C"; in Hindi "A, B, और C", as the platform joins them for each interface locale. */
export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'hi' ? 'और' : 'and';
  if (items.length === 2) return `${items[0]} ${and} ${items[1]}`;
  const head = items.slice(0, -1).join(', ');
  return lang === 'hi' ? `${head}, ${and} ${items.at(-1)}` : `${head} ${and} ${items.at(-1)}`;
}

// English names that take "the" inside a sentence: the United States, the Philippines.
const WITH_ARTICLE = new Set(['US', 'GB', 'AE', 'PH', 'NL', 'BS', 'GM', 'MV', 'DO', 'CF', 'KM', 'MH', 'SB', 'CD', 'CG', 'KY', 'FO', 'FK', 'VI', 'VG', 'TC', 'IO', 'VA']);

/** A country's name as it stands inside an English sentence ("the Philippines"); other languages as they are. */
export function inSentence(name: string, code: string, lang: Lang): string {
  return lang === 'en' && WITH_ARTICLE.has(code.toUpperCase()) ? `the ${name}` : name;
}
