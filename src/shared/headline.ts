import type { TFunction } from 'i18next';
import type { PersonRef, ReportSummary } from '../schema/site.ts';
import type { Lang } from './lang.ts';
import { formatList, inSentence } from './intl.ts';
import { personName, spelledCountryName } from './names.ts';

type Report = Pick<ReportSummary, 'headline' | 'protagonist' | 'meetings' | 'venue' | 'spellings'>;

/**
 * A report's headline in `lang`: the one written for the site, else one
 * built from its data (its leader, who they met, the place where the report
 * establishes one for every meeting) in that language alone. A leader whose
 * name is known only in Hindi is named by the office the report gives them
 * ("the Minister of Foreign Affairs of Chile"), so an English headline never
 * mixes scripts.
 */
export function reportHeadline(report: Report, lang: Lang, t: TFunction<'common'>): string {
  if (report.headline) return report.headline[lang];
  const country = (code: string) => inSentence(spelledCountryName(report.spellings, code, lang), code, lang);
  const who = (person: PersonRef, withOffice: boolean) => {
    const name = personName(person, lang, true);
    const office = person.office ? t('headline.office', { office: person.office[lang], country: country(person.country) }) : null;
    if (name.lang !== lang) return office ?? t('headline.leaderOf', { country: country(person.country) });
    return withOffice && office && lang === 'hi' ? `${office} ${name.text}` : name.text;
  };
  const place = report.venue && (report.venue.name[lang] ?? (lang === 'en' ? report.venue.name.en : undefined));
  const only = report.meetings.length === 1 ? report.meetings[0]! : null;
  // A call (every meeting of the report by the same means) is not a visit: no place, and said as a call.
  const remote = report.meetings.every((m) => m.remote === report.meetings[0]!.remote) ? report.meetings[0]!.remote : null;
  const how = remote === 'phone' ? 'Phone' : remote === 'video' ? 'Video' : place ? 'In' : '';
  const key = `headline.${only ? 'one' : 'many'}${how}` as const;
  const text = t(key, {
    protagonist: who(report.protagonist, false),
    counterpart: only ? formatList(only.counterparts.map((person) => who(person, true)), lang) : '',
    countries: formatList(report.meetings.map((m) => country(m.country)), lang),
    place: place ?? '',
  });
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
