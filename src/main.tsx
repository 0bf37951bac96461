import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App, basename, hydrationDataFor } from './app/App.tsx';
import { routes } from './app/routes.tsx';
import { samePath } from './shared/paths.ts';

async function start() {
  const root = document.getElementById('root')!;
  // Hydrate only HTML that was prerendered for this very path (a static
  // host may serve 404.html, or the root page, for another one).
  const prerendered = root.dataset.path !== undefined && samePath(`${basename.replace(/\/$/, '')}${root.dataset.path}`, location.pathname);
  const hydrationData = prerendered ? await hydrationDataFor(location.href) : undefined;
  const router = createBrowserRouter(routes, { basename, hydrationData });
  const app = (
    <StrictMode>
      <App router={router} />
    </StrictMode>
  );
  if (hydrationData) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

void start();
