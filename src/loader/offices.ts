/**
 * Each office in the words a country uses for it in English: China's
 * premier is the Premier of the State Council, India's foreign minister
 * the Minister of External Affairs. The report gives the office in Hindi
 * (its own words are kept); this table gives the English its country
 * uses, else the common form. One line a country and office.
 */
import type { Title } from '../schema/article.ts';

/** A country's English for an office, or its forms over time (each from a date, the latest that has begun applies). */
type Forms = string | ReadonlyArray<{ from: string; en: string }>;

interface Office {
  /** The common English form, for countries this table does not list. */
  en: string;
  /** The Hindi shown where the report's own words are not at hand (an office from the gazetteer). */
  hi: string;
  /** Country code → that country's own English form. */
  by?: Readonly<Record<string, Forms>>;
}

export const OFFICES: Readonly<Record<Title, Office>> = {
  'head-of-state': { en: 'Head of State', hi: 'राष्ट्राध्यक्ष', by: { CN: 'President', RU: 'President', US: 'President', FR: 'President', IN: 'President' } },
  president: { en: 'President', hi: 'राष्ट्रपति' },
  'vice-president': { en: 'Vice President', hi: 'उपराष्ट्रपति', by: { BR: 'Vice-President', IN: 'Vice-President' } },
  'prime-minister': { en: 'Prime Minister', hi: 'प्रधानमंत्री', by: { CN: 'Premier of the State Council', LA: 'Prime Minister', VN: 'Prime Minister' } },
  'deputy-prime-minister': { en: 'Deputy Prime Minister', hi: 'उपप्रधानमंत्री', by: { CN: 'Vice Premier of the State Council' } },
  chancellor: { en: 'Chancellor', hi: 'चांसलर', by: { DE: 'Federal Chancellor', AT: 'Federal Chancellor' } },
  'state-counsellor': { en: 'State Counsellor', hi: 'स्टेट काउंसलर', by: { CN: 'State Councilor', MM: 'State Counsellor' } },
  'foreign-minister': {
    en: 'Minister of Foreign Affairs',
    hi: 'विदेश मंत्री',
    by: {
      IN: 'Minister of External Affairs',
      US: 'Secretary of State',
      GB: 'Foreign Secretary',
      JP: 'Minister for Foreign Affairs',
      AU: 'Minister for Foreign Affairs',
      IE: 'Minister for Foreign Affairs',
      DE: 'Federal Foreign Minister',
      FR: [
        { from: '0000-01-01', en: 'Minister of Foreign Affairs' },
        { from: '2017-05-17', en: 'Minister for Europe and Foreign Affairs' },
      ],
    },
  },
  'defence-minister': { en: 'Minister of Defence', hi: 'रक्षा मंत्री', by: { US: 'Secretary of Defense', GB: 'Secretary of State for Defence', AU: 'Minister for Defence', JP: 'Minister of Defense' } },
  'home-minister': { en: 'Minister of the Interior', hi: 'गृह मंत्री', by: { IN: 'Minister of Home Affairs', GB: 'Home Secretary', US: 'Secretary of Homeland Security', PK: 'Minister for Interior' } },
  'finance-minister': { en: 'Minister of Finance', hi: 'वित्त मंत्री', by: { US: 'Secretary of the Treasury', GB: 'Chancellor of the Exchequer', AU: 'Treasurer', DE: 'Federal Minister of Finance' } },
  'trade-minister': { en: 'Minister of Trade', hi: 'वाणिज्य मंत्री', by: { IN: 'Minister of Commerce and Industry', US: 'Secretary of Commerce', CN: 'Minister of Commerce' } },
  minister: { en: 'Minister', hi: 'मंत्री' },
  king: { en: 'King', hi: 'राजा' },
  queen: { en: 'Queen', hi: 'महारानी' },
  emperor: { en: 'Emperor', hi: 'सम्राट' },
  emir: { en: 'Emir', hi: 'अमीर' },
  sultan: { en: 'Sultan', hi: 'सुल्तान' },
  'crown-prince': { en: 'Crown Prince', hi: 'क्राउन प्रिंस' },
  'supreme-leader': { en: 'Supreme Leader', hi: 'सर्वोच्च नेता' },
  chair: { en: 'Chair', hi: 'अध्यक्ष' },
  'secretary-general': { en: 'Secretary-General', hi: 'महासचिव' },
  'chief-adviser': { en: 'Chief Adviser', hi: 'मुख्य सलाहकार' },
  'army-chief': { en: 'Chief of Army Staff', hi: 'सेना प्रमुख', by: { IN: 'Chief of the Army Staff', PK: 'Chief of Army Staff' } },
};

/** The English a country uses for an office, at `date` (ISO): an office's name may change. */
export function officeInEnglish(title: Title, country: string, date: string): string {
  const office = OFFICES[title];
  const forms = office.by?.[country];
  if (forms === undefined) return office.en;
  if (typeof forms === 'string') return forms;
  return forms.filter((f) => f.from <= date).at(-1)?.en ?? office.en;
}
