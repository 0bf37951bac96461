import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { RouterProvider, createStaticHandler, type createBrowserRouter, type HydrationState } from 'react-router';
import { routes } from './routes.tsx';

export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export function App({ router, i18n }: { router: ReturnType<typeof createBrowserRouter>; i18n: i18n }) {
  useEffect(function markReady() {
    // The page now answers in place (links, keys, controls): tests and measurements wait for this.
    document.documentElement.dataset.ready = 'true';
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  );
}

/**
 * The route data a prerendered page was built with, recomputed in the
 * browser by the same loaders, so hydration starts from identical state.
 * Undefined where the route redirects.
 */
export async function hydrationDataFor(url: string): Promise<HydrationState | undefined> {
  const context = await createStaticHandler(routes, { basename }).query(new Request(url));
  if (context instanceof Response) return undefined;
  return { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors };
}
