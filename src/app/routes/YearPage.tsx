import { useLoaderData } from 'react-router';
import { ReportList } from '../../features/reports/ReportList.tsx';
import type { YearData } from '../../schema/site.ts';
import { DocumentTitle } from '../../shared/head.tsx';
import { useLang, useT } from '../../shared/use-lang.ts';

/** `/:lang/years/:year/`: every report of a year, newest first; the way to older reports without the filters. */
export function YearPage() {
  const { year, reports } = useLoaderData() as YearData;
  const lang = useLang();
  const t = useT();
  return (
    <section className="list-page" aria-labelledby="year-heading">
      <DocumentTitle title={t('title.year', { year })} />
      <h1 id="year-heading" tabIndex={-1}>
        {t('year.heading', { year })}
      </h1>
      <p className="hero-meta">{t('home.reports', { count: reports.length })}</p>
      <ReportList reports={reports} lang={lang} labelledBy="year-heading" />
    </section>
  );
}
