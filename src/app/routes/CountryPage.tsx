import { Link, useLoaderData } from 'react-router';
import type { CountryData } from '../../schema/site.ts';
import { DocumentTitle } from '../../shared/head.tsx';
import { reportHeadline } from '../../shared/headline.ts';
import { ShortNames } from '../../shared/Name.tsx';
import { spelledCountryName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';
import { useLang, useT } from '../../shared/use-lang.ts';
import { When } from '../../shared/When.tsx';

/**
 * `/:lang/countries/:code/`: every meeting the country takes part in, across
 * reports, newest first: when it was held (else when reported), the
 * country's side, and whether it hosted where the report establishes a host.
 */
export function CountryPage() {
  const country = useLoaderData() as CountryData;
  const lang = useLang();
  const t = useT();
  const name = spelledCountryName(country.spelling, country.code, lang);
  return (
    <section className="list-page" aria-labelledby="country-heading">
      <DocumentTitle title={t('title.country', { country: name })} />
      <h1 id="country-heading" tabIndex={-1}>
        {t('country.heading', { country: name })}
      </h1>
      <p className="hero-meta">
        {t('country.count', { count: country.entries.length })} · <Link to={paths.home(lang, { country: country.code.toLowerCase() })}>{t('country.allReports', { country: name })}</Link>
      </p>
      <ol className="meeting-list" aria-labelledby="country-heading">
        {country.entries.map(({ report, meeting: id, role, hosted, statements }) => {
          const meeting = report.meetings.find((m) => m.id === id)!;
          // The other side: whom the country's leader met, or who met the country's counterparts.
          const others = role === 'protagonist' ? meeting.counterparts : [report.protagonist];
          const otherCountry = spelledCountryName(report.spellings, others[0]!.country, lang);
          return (
            <li key={`${report.id} ${id}`} className="meeting-entry">
              <p className="report-card-date">
                <When held={meeting.held} reported={report.date} lang={lang} /> · {t(role === 'protagonist' ? 'country.asProtagonist' : 'country.asCounterpart')}
                {hosted !== null && `, ${t(hosted ? 'country.asHost' : 'country.asGuest')}`}
              </p>
              <h2 className="meeting-entry-heading">
                <Link to={paths.meeting(lang, report.id, id)}>
                  {otherCountry} ·{' '}
                  <ShortNames people={others} />
                </Link>
              </h2>
              <p>
                <Link to={paths.report(lang, report.id)}>{reportHeadline(report, lang, t)}</Link>
              </p>
              <p className="meeting-entry-count">{t('country.statements', { count: statements })}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
