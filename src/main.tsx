import './app/styles.css';
// The maps' keys are in the prerendered HTML: their style comes with the page's, not with the map.
import './features/map/map.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App, basename, hydrationDataFor } from './app/App.tsx';
import { routes } from './app/routes.tsx';
import { loadPageCode } from './app/page-code.ts';
import { browserStrings } from './app/locales.ts';
import { isLang, preferredLang } from './shared/lang.ts';
import { samePath } from './shared/paths.ts';

async function start() {
  const root = document.getElementById('root')!;
  // Hydrate only HTML that was prerendered for this very address (a static
  // host may serve 404.html, or the root page, for another one; and the
  // front page's filters in the query are the browser's alone).
  const prerendered = root.dataset.path !== undefined && location.search === '' && samePath(`${basename.replace(/\/$/, '')}${root.dataset.path}`, location.pathname);
  const first = location.pathname.slice(basename.replace(/\/$/, '').length).split('/')[1];
  // The page's own data, code and strings, before hydrating, so the first render matches the HTML.
  const [hydrationData, i18n] = await Promise.all([
    prerendered ? hydrationDataFor(location.href) : undefined,
    browserStrings(isLang(first) ? first : preferredLang()),
    loadPageCode(location),
  ]);
  const router = createBrowserRouter(routes, { basename, hydrationData });
  const app = (
    <StrictMode>
      <App router={router} i18n={i18n} />
    </StrictMode>
  );
  if (hydrationData) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

void start();
