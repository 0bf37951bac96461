import { Link, useLoaderData } from 'react-router';
import type { PersonData } from '../../schema/site.ts';
import { Bilingual } from '../../shared/Bilingual.tsx';
import { useDisplayMode } from '../../shared/display-mode.ts';
import { DisplayModeControl } from '../../shared/DisplayModeControl.tsx';
import { DocumentTitle } from '../../shared/head.tsx';
import { reportHeadline } from '../../shared/headline.ts';
import { formatDate } from '../../shared/intl.ts';
import { Name } from '../../shared/Name.tsx';
import { personName, spelledCountryName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';
import { useLang, useT } from '../../shared/use-lang.ts';

/**
 * `/:lang/people/:id/`: everything a person is quoted as saying, by report
 * and meeting, each sentence linked to its place; the office each report
 * gives them, the heading's from the newest that gives one.
 */
export function PersonPage() {
  const person = useLoaderData() as PersonData;
  const lang = useLang();
  const t = useT();
  const mode = useDisplayMode();
  const name = personName(person, lang);
  const quoted = person.reports.filter((r) => r.groups.length > 0);
  return (
    <section className="list-page" aria-labelledby="person-heading">
      <DocumentTitle title={t('title.person', { name: name.text })} />
      <h1 id="person-heading" tabIndex={-1}>
        <Name name={name} />
      </h1>
      <p className="hero-meta">
        {person.office && `${person.office[lang]} · `}
        <Link to={paths.country(lang, person.country)}>{spelledCountryName(person.reports[0]?.report.spellings ?? null, person.country, lang)}</Link> ·{' '}
        <Link to={paths.home(lang, { person: person.id })}>{t('person.allReports', { name: name.text })}</Link>
      </p>
      {person.spellings.length > 1 && (
        <p className="person-spellings">
          {t('person.spellings')}: <span lang="hi">{person.spellings.join(', ')}</span>
        </p>
      )}
      <DisplayModeControl />
      {quoted.length === 0 && <p>{t('person.nothing', { name: name.text })}</p>}
      {quoted.map(({ report, office, groups }) => (
        <article key={report.id} className="person-report" aria-labelledby={`said-${report.id}`}>
          <p className="report-card-date">
            <time dateTime={report.date}>{formatDate(report.date, lang)}</time>
            {office && ` · ${office[lang]}`}
          </p>
          <h2 id={`said-${report.id}`}>
            <Link to={paths.report(lang, report.id)}>{reportHeadline(report, lang, t)}</Link>
          </h2>
          {groups.map((group, i) => {
            const meeting = report.meetings.find((m) => m.id === group.meeting);
            const headingId = `said-${report.id}-${i}`;
            return (
              <section key={headingId} className="statement" aria-labelledby={headingId}>
                <h3 id={headingId} className="statement-speaker">
                  {meeting ? (
                    <Link to={paths.meeting(lang, report.id, meeting.id)}>{t('person.meetingWith', { country: spelledCountryName(report.spellings, meeting.country === person.country ? report.protagonist.country : meeting.country, lang) })}</Link>
                  ) : (
                    t('person.noMeeting')
                  )}
                </h3>
                <ol className="statement-sentences">
                  {group.sentences.map((sentence) => (
                    <li key={sentence.id} className="statement-sentence">
                      <Bilingual text={sentence.text} mode={mode} />{' '}
                      <Link className="statement-source" to={paths.article(lang, report.id, sentence.id)}>
                        {t('person.inReport')}
                      </Link>
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </article>
      ))}
    </section>
  );
}
