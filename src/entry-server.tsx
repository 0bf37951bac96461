/**
 * Renders one route to HTML at build time (see src/build/prerender.ts), with
 * the same routes and loaders the browser uses, reading the data files the
 * build wrote.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { redirects } from 'virtual:bhent/site';
import { basename } from './app/App.tsx';
import { setDataSource, type DataSource } from './app/data.ts';
import { routes } from './app/routes.tsx';
import { HeadCollector, type Head } from './shared/head.tsx';
import { createI18n } from './shared/i18n.ts';
import { DEFAULT_LANG } from './shared/lang.ts';
import { resources } from './shared/locales.ts';

export interface Rendered {
  status: number;
  html: string;
  head: Head;
}

/** A path that matches no page, rendered as the site's 404.html. */
export const NOT_FOUND_PATH = '/404';

/** The addresses below each language that lead on (seeds/redirects.json). */
export { redirects };

export async function render(path: string, source: DataSource): Promise<Rendered> {
  setDataSource(source);
  const handler = createStaticHandler(routes, { basename });
  const url = new URL(`${basename.replace(/\/$/, '')}${path}`, 'http://prerender.invalid');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`${path} redirects to ${context.headers.get('Location')}; it cannot be prerendered`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const head: Head = {};
  const html = renderToString(
    <StrictMode>
      <HeadCollector
        onTitle={(title) => {
          head.title = title;
        }}
      >
        <I18nextProvider i18n={createI18n(DEFAULT_LANG, resources)}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </I18nextProvider>
      </HeadCollector>
    </StrictMode>,
  );
  return { status: context.statusCode, html, head };
}
