import { data, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { isLang, preferredLang } from '../shared/lang.ts';
import { paths } from '../shared/paths.ts';
import { loadLatestArticle } from './article-data.ts';
import { ArticlePage } from './routes/ArticlePage.tsx';
import { Explorer } from './routes/Explorer.tsx';
import { LanguageGate } from './routes/LanguageGate.tsx';
import { Layout } from './routes/Layout.tsx';
import { NotFound } from './routes/NotFound.tsx';
import { RouteError, StandaloneNotFound } from './routes/RouteError.tsx';
import { LANG_ROUTE_ID } from './routes/use-article.ts';
import { useLang } from '../shared/use-lang.ts';

const notFound = () => data(null, { status: 404 });

async function langLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw notFound();
  return loadLatestArticle();
}

async function meetingLoader({ params }: LoaderFunctionArgs) {
  const article = await loadLatestArticle();
  if (!article.meetings.some((m) => m.id === params.country)) throw notFound();
  return null;
}

function NotFoundInLayout() {
  return <NotFound lang={useLang()} />;
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
    loader: langLoader,
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
          {
            element: <Explorer />,
            children: [
              { index: true, element: null },
              { path: 'meetings/:country', loader: meetingLoader, element: null },
            ],
          },
          { path: 'article', element: <ArticlePage /> },
          { path: '*', element: <NotFoundInLayout /> },
        ],
      },
    ],
  },
  { path: '*', element: <StandaloneNotFound /> },
];
