import { matchRoutes, type RouteObject } from 'react-router';
import { basename } from './App.tsx';
import { routes } from './routes.tsx';

/** Loads the code of the pages a location matches, in place, so a router starts with it. */
export async function loadPageCode(location: Location | URL, table: RouteObject[] = routes): Promise<void> {
  const matches = matchRoutes(table, location, basename) ?? [];
  await Promise.all(
    matches
      .filter((match) => typeof match.route.lazy === 'function')
      .map(async ({ route }) => {
        const lazy = route.lazy as () => Promise<Partial<RouteObject>>;
        Object.assign(route, { ...(await lazy()), lazy: undefined });
      }),
  );
}
