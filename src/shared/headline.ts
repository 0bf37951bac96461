import type { TFunction } from 'i18next';
import type { ReportSummary } from '../schema/site.ts';
import type { Lang } from './lang.ts';
import { formatList, inSentence } from './intl.ts';
import { personName, spelledCountryName } from './names.ts';

type Report = Pick<ReportSummary, 'headline' | 'host' | 'meetings' | 'venue' | 'spellings'>;


/**
 * A report's headline in `lang`: the one written for the site, else one
 * built from its data (host, visitors, place) in that language alone. A
 * leader whose name is known only in Hindi is named by office in English
 * ("the President of Kenya"), so an English headline never mixes scripts.
 */
export function reportHeadline(report: Report, lang: Lang, t: TFunction<'common'>): string {
  if (report.headline) return report.headline[lang];
  const country = (code: string) => inSentence(spelledCountryName(report.spellings, code, lang), code, lang);
  const who = (person: Report['host'], withOffice: boolean) => {
    const name = personName(person, lang, true);
    const office = t('headline.office', { title: t(`titles.${person.title}`), country: country(person.country) });
    if (name.lang !== lang) return office;
    return withOffice && lang === 'hi' ? `${office} ${name.text}` : name.text;
  };
  const place = report.venue && (report.venue.name[lang] ?? (lang === 'en' ? report.venue.name.en : undefined));
  const one = report.meetings.length === 1;
  // A call (every meeting of the report by the same means) is not a visit: no place, and said as a call.
  const remote = report.meetings.every((m) => m.remote === report.meetings[0]!.remote) ? report.meetings[0]!.remote : null;
  const how = remote === 'phone' ? 'Phone' : remote === 'video' ? 'Video' : place ? 'In' : '';
  const key = `headline.${one ? 'one' : 'many'}${how}` as const;
  const text = t(key, {
    host: who(report.host, false),
    visitor: one ? who(report.meetings[0]!.visitor, true) : '',
    countries: formatList(report.meetings.map((m) => country(m.country)), lang),
    place: place ?? '',
  });
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
