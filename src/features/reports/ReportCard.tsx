import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../schema/site.ts';
import { reportHeadline } from '../../shared/headline.ts';
import { formatDate } from '../../shared/intl.ts';
import type { Lang } from '../../shared/lang.ts';
import { Name, ShortNames } from '../../shared/Name.tsx';
import { personName, spelledCountryName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';

export type ReportCardData = Pick<ReportSummary, 'id' | 'date' | 'headline' | 'translated' | 'protagonist' | 'venue' | 'meetings' | 'spellings'>;

/** One report in a list: when it was filed, what it tells, its leader, and a link to each of its meetings with who was met. */
export function ReportCard({ report, lang, headingLevel = 3 }: { report: ReportCardData; lang: Lang; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('common', { lng: lang });
  const Heading = `h${headingLevel}` as const;
  const headingId = `report-${report.id}`;
  return (
    <article className="report-card" aria-labelledby={headingId}>
      <p className="report-card-date">
        <time dateTime={report.date}>{formatDate(report.date, lang)}</time>
        {!report.translated && lang === 'en' && <span className="badge badge-plain">{t('report.hindiOnlyShort')}</span>}
      </p>
      <Heading id={headingId} className="report-card-headline">
        <Link to={paths.report(lang, report.id)}>{reportHeadline(report, lang, t)}</Link>
      </Heading>
      <dl className="report-card-facts">
        <div>
          <dt>{t('report.leader')}</dt>
          <dd>
            <Link to={paths.person(lang, report.protagonist.id)}>
              <Name name={personName(report.protagonist, lang, true)} />
            </Link>
            {' · '}
            <Link to={paths.country(lang, report.protagonist.country)}>{spelledCountryName(report.spellings, report.protagonist.country, lang)}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('report.met')}</dt>
          <dd>
            <ul className="report-card-meetings">
              {report.meetings.map((m) => (
                <li key={m.id}>
                  <Link to={paths.meeting(lang, report.id, m.id)}>
                    {spelledCountryName(report.spellings, m.country, lang)}
                    {' · '}
                    <ShortNames people={m.counterparts} />
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </article>
  );
}
