import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App, basename, hydrationDataFor } from './App.tsx';
import { routes } from './routes.tsx';
import { loadPageCode } from './page-code.ts';
import { browserStrings } from './locales.ts';
import { isLang, preferredLang } from '../shared/lang.ts';
import { prerenderedHere } from './boot/prerendered.ts';
import { nextTask } from '../shared/tasks.ts';

export async function hydrate() {
  const root = document.getElementById('root')!;
  // Hydrate only HTML that was prerendered for this very address; any other is rendered afresh.
  const prerendered = prerenderedHere(root);
  const first = location.pathname.slice(basename.replace(/\/$/, '').length).split('/')[1];
  // The page's own data, code and strings, before hydrating, so the first render matches the HTML.
  const [hydrationData, i18n] = await Promise.all([
    prerendered ? hydrationDataFor(location.href) : undefined,
    browserStrings(isLang(first) ? first : preferredLang()),
    loadPageCode(location),
  ]);
  await nextTask();
  const router = createBrowserRouter(routes, { basename, hydrationData });
  const app = (
    <StrictMode>
      <App router={router} i18n={i18n} />
    </StrictMode>
  );
  // In a transition, hydration yields to the browser every few milliseconds instead of holding it.
  if (hydrationData) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
}
