/**
 * Renders one route to HTML at build time (see src/build/prerender.ts), with
 * the same routes and loaders the browser uses.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { articles, loaders } from 'virtual:bhent/articles';
import { basename } from './app/App.tsx';
import { routes } from './app/routes.tsx';
import { HeadCollector, type Head } from './shared/head.tsx';
import { createI18n } from './shared/i18n.ts';
import { LANGS } from './shared/lang.ts';
import { paths } from './shared/paths.ts';

export interface Rendered {
  status: number;
  html: string;
  head: Head;
}

/** A path that matches no page, rendered as the site's 404.html. */
export const NOT_FOUND_PATH = '/404';

export async function render(path: string): Promise<Rendered> {
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
        <I18nextProvider i18n={createI18n()}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </I18nextProvider>
      </HeadCollector>
    </StrictMode>,
  );
  return { status: context.statusCode, html, head };
}

/** Every page of the site, in each language. */
export async function sitePaths(): Promise<string[]> {
  const latest = articles[0] && (await loaders[articles[0].id]!()).default;
  const meetings = latest?.meetings.map((m) => m.id) ?? [];
  return ['/', ...LANGS.flatMap((lang) => [paths.home(lang), ...meetings.map((id) => paths.meeting(lang, latest!.id, id)), paths.article(lang, latest!.id)])];
}
