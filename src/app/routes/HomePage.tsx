import { useMemo, useState } from 'react';
import { Link, useLoaderData, useNavigate, useSearchParams } from 'react-router';
import { CountryCounts } from '../../features/reports/CountryCounts.tsx';
import { Filters } from '../../features/reports/Filters.tsx';
import { ReportList } from '../../features/reports/ReportList.tsx';
import type { PeopleIndex } from '../../schema/site.ts';
import { DocumentTitle } from '../../shared/head.tsx';
import { spelledCountryName } from '../../shared/names.ts';
import { dataPaths, filtersOf, paths } from '../../shared/paths.ts';
import { useLang, useT } from '../../shared/use-lang.ts';
import { CorpusMapSlot } from '../CorpusMapSlot.tsx';
import { getData } from '../data.ts';
import type { HomeData } from '../home-data.ts';

/** `/:lang/`: every report, newest first, the filters in the address, and the map of every country met. */
export function HomePage() {
  const { front, matching } = useLoaderData() as HomeData;
  const lang = useLang();
  const t = useT();
  const [params] = useSearchParams();
  const filters = filtersOf(params);
  const navigate = useNavigate();
  const [people, setPeople] = useState<PeopleIndex | null>(null);
  const wantPeople = () => {
    if (!people) void getData<PeopleIndex>(dataPaths.people()).then(setPeople);
  };
  const mapCountries = useMemo(() => front.countries.map((c) => ({ code: c.code, meetings: c.meetings, name: spelledCountryName(c.spelling, c.code, lang) })), [front.countries, lang]);
  const reports = matching ?? front.newest;
  const named = [...front.newest, ...(matching ?? [])].flatMap((r) => [r.protagonist, ...r.meetings.flatMap((m) => m.counterparts)]);
  const chosenPerson = filters.person ? (named.find((p) => p.id === filters.person) ?? null) : null;

  return (
    <>
      <DocumentTitle title={t('title.home')} />
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading" tabIndex={-1}>
          {t('home.heading')}
        </h1>
        <p className="hero-summary">{t('home.intro')}</p>
        <p className="hero-meta">
          {t('home.reports', { count: front.total })} · {t('home.meetings', { count: front.meetings })} · {t('home.countries', { count: front.countries.length })}
        </p>
      </section>
      <div className="explorer">
        <section className="map-panel" aria-labelledby="map-heading">
          <h2 id="map-heading" className="panel-heading">
            {t('home.mapHeading')}
          </h2>
          <CorpusMapSlot lang={lang} countries={mapCountries} />
          <CountryCounts countries={front.countries} lang={lang} labelledBy="map-heading" />
        </section>
        <section className="reports" aria-labelledby="reports-heading">
          <h2 id="reports-heading" className="panel-heading">
            {matching ? t('home.matching', { count: matching.length }) : t('home.newest', { count: front.newest.length })}
          </h2>
          {/* In the page from the start, so nothing moves when it comes alive; without scripts it is hidden (styles.css) and the countries' and years' pages stand in. */}
          <Filters
            lang={lang}
            filters={filters}
            countries={front.countries}
            years={front.years}
            people={people}
            chosenPerson={chosenPerson}
            onWantPeople={wantPeople}
            onChange={(next) => navigate(paths.home(lang, next))}
          />
          {reports.length > 0 ? <ReportList reports={reports} lang={lang} labelledBy="reports-heading" /> : <p role="status">{t('home.none')}</p>}
          <nav className="years" aria-labelledby="years-heading">
            <h3 id="years-heading">{t('home.byYear')}</h3>
            <ul>
              {front.years.map((y) => (
                <li key={y.year}>
                  <Link to={paths.year(lang, y.year)}>{t('home.yearLink', { year: y.year, count: y.reports })}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <p className="download">
            <a href={`${import.meta.env.BASE_URL}${dataPaths.statements()}`} download>
              {t('home.download')}
            </a>
          </p>
        </section>
      </div>
    </>
  );
}
