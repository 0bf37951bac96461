import { Link, useLoaderData } from 'react-router';
import type { CountryData } from '../../schema/site.ts';
import { DocumentTitle } from '../../shared/head.tsx';
import { reportHeadline } from '../../shared/headline.ts';
import { formatDate } from '../../shared/intl.ts';
import { Name } from '../../shared/Name.tsx';
import { personName, spelledCountryName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';
import { useLang, useT } from '../../shared/use-lang.ts';

/** `/:lang/countries/:code/`: every meeting the country takes part in, across reports, newest first. */
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
        {country.entries.map(({ report, meeting: id, role, statements }) => {
          const meeting = report.meetings.find((m) => m.id === id)!;
          const other = role === 'host' ? meeting.visitor : report.host;
          const otherCountry = spelledCountryName(report.spellings, other.country, lang);
          return (
            <li key={`${report.id} ${id}`} className="meeting-entry">
              <p className="report-card-date">
                <time dateTime={report.date}>{formatDate(report.date, lang)}</time> · {role === 'host' ? t('country.asHost') : t('country.asVisitor')}
              </p>
              <h2 className="meeting-entry-heading">
                <Link to={paths.meeting(lang, report.id, id)}>
                  {otherCountry} · <Name name={personName(other, lang, true)} />
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
