import type { Article, Place } from '../schema/article.ts';
import { countryName } from './intl.ts';
import type { Lang } from './lang.ts';

/**
 * A country of this article, named in `lang`. In Hindi it is spelled as the
 * report spells it, so the page never shows the platform's spelling
 * (किर्गिज़स्तान) beside the report's (किर्गिस्तान); in English, and for a
 * country the report does not name, the platform's name.
 */
export function articleCountryName(article: Pick<Article, 'countries'>, code: string, lang: Lang): string {
  const spelling = lang === 'hi' ? article.countries.find((country) => country.code === code.toUpperCase())?.spelling : undefined;
  return spelling ?? countryName(code, lang);
}

/** The same, from the spellings a list keeps of a report (`ReportSummary.spellings`), or the reports' most used one. */
export function spelledCountryName(spellings: Readonly<Record<string, string>> | string | null, code: string, lang: Lang): string {
  const spelling = lang !== 'hi' ? undefined : typeof spellings === 'string' ? spellings : spellings?.[code.toUpperCase()];
  return spelling ?? countryName(code, lang);
}

// A patronymic between the given name and the surname: Nurgojoevich,
// नर्गोज़ोएविच, …ovna. Headings and lists leave it out, the card's detail
// line keeps the full name.
const PATRONYMIC = /(?:vich|vna|विच|वना|व्ना)$/iu;

/**
 * A person's name in `lang`, with the language it is actually in: a leader
 * of a report not yet translated may have only the Hindi name. `short`
 * leaves out a patronymic, as headings and lists do.
 */
export function personName(person: { name: { hi: string; en?: string } }, lang: Lang, short = false): { text: string; lang: Lang } {
  const named = person.name[lang] ? { text: person.name[lang]!, lang } : { text: person.name.hi, lang: 'hi' as const };
  const words = named.text.split(/\s+/u);
  if (!short || words.length < 3) return named;
  return { ...named, text: words.filter((word, i) => i === 0 || i === words.length - 1 || !PATRONYMIC.test(word)).join(' ') };
}

/** A person's name as headings and lists show it: the full name without a patronymic. */
export function shortName(person: { name: { hi: string; en?: string } }, lang: Lang): string {
  return personName(person, lang, true).text;
}

/**
 * A place named in `lang`, with the language it is actually in: a capital
 * the gazetteer does not list has only its English name from the dataset.
 */
export function placeName(place: Pick<Place, 'name'>, lang: Lang): { text: string; lang: Lang } {
  const text = place.name[lang];
  return text ? { text, lang } : { text: place.name.en, lang: 'en' };
}
