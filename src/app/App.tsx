import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { RouterProvider, UNSAFE_ErrorResponseImpl as ErrorResponse, matchRoutes, type RouteObject, type createBrowserRouter, type HydrationState } from 'react-router';
import { routes } from './routes.tsx';

export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export function App({ router, i18n }: { router: ReturnType<typeof createBrowserRouter>; i18n: i18n }) {
  useEffect(function markReady() {
    // The page now answers in place (links, keys, controls): tests and measurements wait for this.
    document.documentElement.dataset.ready = 'true';
    // What the address asked for is now on the page (src/main.tsx).
    delete document.getElementById('root')?.dataset.stale;
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      {/* A click's result in one render, at once: a transition would slice it and yield between the slices. */}
      <RouterProvider router={router} useTransitions={false} />
    </I18nextProvider>
  );
}

/**
 * The route data a prerendered page was built with, recomputed in the
 * browser by the same loaders, so hydration starts from identical state: what
 * the server's static handler gives (src/entry-server.tsx), without its
 * weight on the first visit. Undefined where the route redirects.
 */
export async function hydrationDataFor(url: string, table: RouteObject[] = routes): Promise<HydrationState | undefined> {
  const ids = routeIds(table);
  const matches = matchRoutes(table, new URL(url), basename) ?? [];
  const request = new Request(url);
  const pattern = matches.map(({ route }) => route.path).filter(Boolean).join('/').replace(/\/\/+/g, '/') || '/';
  const results = await Promise.all(
    matches.map(async ({ route, params }) => {
      if (typeof route.loader !== 'function') return undefined;
      try {
        return { data: (await route.loader({ request, url: new URL(url), pattern, params, context: undefined })) as unknown };
      } catch (thrown) {
        return { thrown };
      }
    }),
  );
  const loaderData: Record<string, unknown> = {};
  let errors: Record<string, unknown> | null = null;
  for (const [i, result] of results.entries()) {
    if (!result) continue;
    if ('data' in result) {
      if (result.data instanceof Response) return undefined;
      loaderData[ids.get(matches[i]!.route)!] = isDataWithInit(result.data) ? result.data.data : result.data;
      continue;
    }
    if (result.thrown instanceof Response) return undefined;
    // The error shows in the nearest route above that draws errors, as the router would place it.
    const boundary = matches.slice(0, i + 1).findLast(({ route }) => route.errorElement != null || route.ErrorBoundary != null) ?? matches[0]!;
    errors ??= {};
    errors[ids.get(boundary.route)!] ??= asRouteError(result.thrown);
  }
  return { loaderData, actionData: null, errors };
}

/** Route ids as the router gives them: a route's own, else its place in the table ("1-0-2"). */
function routeIds(table: RouteObject[], parent: string[] = [], ids = new Map<RouteObject, string>()): Map<RouteObject, string> {
  table.forEach((route, index) => {
    const path = [...parent, String(index)];
    ids.set(route, route.id ?? path.join('-'));
    if (route.children) routeIds(route.children, path, ids);
  });
  return ids;
}

interface DataWithInit {
  type: 'DataWithResponseInit';
  data: unknown;
  init: ResponseInit | null;
}

function isDataWithInit(value: unknown): value is DataWithInit {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'DataWithResponseInit';
}

/** A thrown `data(…, { status })` as the router reports it to the page (`isRouteErrorResponse`); anything else as thrown. */
function asRouteError(thrown: unknown): unknown {
  if (!isDataWithInit(thrown) || thrown.data instanceof Error) return isDataWithInit(thrown) ? thrown.data : thrown;
  return new ErrorResponse(thrown.init?.status ?? 500, thrown.init?.statusText ?? 'Internal Server Error', thrown.data);
}
