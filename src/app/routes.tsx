import { data, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { redirects } from 'virtual:bhent/site';
import type { Article } from '../schema/article.ts';
import type { CountryData, FrontData, PersonData, PersonRedirect, ReportSummary, YearData } from '../schema/site.ts';
import { isLang, preferredLang, type Lang } from '../shared/lang.ts';
import { dataPaths, filtersOf, paths } from '../shared/paths.ts';
import { getData } from './data.ts';
import { stringsFor } from './locales.ts';
import type { HomeData } from './home-data.ts';
import { LanguageGate } from './routes/LanguageGate.tsx';
import { Layout } from './routes/Layout.tsx';
import { RouteError, StandaloneNotFound } from './routes/RouteError.tsx';
import { LANG_ROUTE_ID, REPORT_ROUTE_ID } from './routes/route-data.ts';

// Each kind of page is its own chunk: a visit loads the code of the page it is on.
const page = {
  home: () => import('./routes/HomePage.tsx').then((m) => ({ Component: m.HomePage })),
  report: () => import('./routes/Explorer.tsx').then((m) => ({ Component: m.Explorer })),
  article: () => import('./routes/ArticlePage.tsx').then((m) => ({ Component: m.ArticlePage })),
  country: () => import('./routes/CountryPage.tsx').then((m) => ({ Component: m.CountryPage })),
  person: () => import('./routes/PersonPage.tsx').then((m) => ({ Component: m.PersonPage })),
  year: () => import('./routes/YearPage.tsx').then((m) => ({ Component: m.YearPage })),
};

const notFound = () => data(null, { status: 404 });
const ID = /^[a-z0-9][a-z0-9-]*$/;

function langOf(params: LoaderFunctionArgs['params']): Lang {
  if (!isLang(params.lang)) throw notFound();
  return params.lang;
}


async function homeLoader({ request, params }: LoaderFunctionArgs): Promise<HomeData> {
  langOf(params);
  const filters = filtersOf(new URL(request.url).search);
  const front = await getData<FrontData>(dataPaths.front());
  if (!filters.country && !filters.person && !filters.year) return { front, matching: null };
  const all = await getData<ReportSummary[]>(dataPaths.summaries());
  const matching = all.filter(
    (r) =>
      (!filters.year || r.date.startsWith(filters.year)) &&
      (!filters.country || r.protagonist.country === filters.country.toUpperCase() || r.meetings.some((m) => m.country === filters.country!.toUpperCase())) &&
      (!filters.person || r.protagonist.id === filters.person || r.meetings.some((m) => m.counterparts.some((p) => p.id === filters.person))),
  );
  return { front, matching };
}

async function reportLoader({ params }: LoaderFunctionArgs): Promise<Article> {
  langOf(params);
  if (!ID.test(params.report ?? '')) throw notFound();
  return getData<Article>(dataPaths.report(params.report!));
}

async function meetingLoader(args: LoaderFunctionArgs) {
  const article = await reportLoader(args);
  if (article.meetings.some((m) => m.id === args.params.meeting)) return null;
  // A meeting renamed (seeds/redirects.json) leads on to its new address.
  throw leadOn(langOf(args.params), `/reports/${args.params.report}/meetings/${args.params.meeting}/`);
}

async function countryLoader({ params }: LoaderFunctionArgs): Promise<CountryData> {
  langOf(params);
  if (!/^[a-z]{2}$/.test(params.code ?? '')) throw notFound();
  return getData<CountryData>(dataPaths.country(params.code!));
}

async function personLoader({ params }: LoaderFunctionArgs): Promise<PersonData> {
  const lang = langOf(params);
  if (!ID.test(params.person ?? '')) throw notFound();
  const person = await getData<PersonData | PersonRedirect>(dataPaths.person(params.person!));
  if ('redirect' in person) throw redirect(paths.person(lang, person.redirect));
  return person;
}

async function yearLoader({ params }: LoaderFunctionArgs): Promise<YearData> {
  langOf(params);
  if (!/^\d{4}$/.test(params.year ?? '')) throw notFound();
  return getData<YearData>(dataPaths.year(params.year!));
}

/** An address the site once had (below its language) leads on to its page; anything else is not found. */
function leadOn(lang: Lang, rest: string) {
  const moved = redirects.find((r) => r.from === rest);
  return moved ? redirect(`/${lang}${moved.to}`) : notFound();
}

function elsewhereLoader({ params }: LoaderFunctionArgs) {
  throw leadOn(langOf(params), `/${(params['*'] ?? '').replace(/\/*$/, '/')}`);
}

/** Every route, in one table. */
export const routes: RouteObject[] = [
  {
    path: '/',
    // Only a browser knows the reader's language; a prerender shows the choice.
    loader: () => (typeof document === 'undefined' ? null : redirect(paths.home(preferredLang()))),
    element: <LanguageGate />,
  },
  {
    id: LANG_ROUTE_ID,
    path: '/:lang',
    // The page's strings before it renders, when the reader switches language.
    loader: async ({ params }) => (await stringsFor(langOf(params)), null),
    element: <Layout />,
    hydrateFallbackElement: (
      <p className="page">
        <span lang="hi">भेंट</span> · <span lang="en">Bhent</span>
      </p>
    ),
    errorElement: <RouteError standalone />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, loader: homeLoader, lazy: page.home },
          {
            id: REPORT_ROUTE_ID,
            path: 'reports/:report',
            loader: reportLoader,
            children: [
              {
                lazy: page.report,
                children: [
                  { index: true, element: null },
                  { path: 'meetings/:meeting', loader: meetingLoader, element: null },
                ],
              },
              { path: 'article', lazy: page.article },
            ],
          },
          { path: 'countries/:code', loader: countryLoader, lazy: page.country },
          { path: 'people/:person', loader: personLoader, lazy: page.person },
          { path: 'years/:year', loader: yearLoader, lazy: page.year },
          { path: '*', loader: elsewhereLoader, element: null },
        ],
      },
    ],
  },
  { path: '*', element: <StandaloneNotFound /> },
];
