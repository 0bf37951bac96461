/**
 * The site's data files (src/shared/paths.ts `dataPaths`), each fetched
 * once from the site's own origin. A prerender reads the same files from
 * the built site through `setDataSource`, so the browser hydrates from the
 * very data the HTML was made of.
 */
import { data } from 'react-router';

/** The file's parsed JSON, or undefined when the site has no such file. */
export type DataSource = (path: string) => Promise<unknown>;

const fromSite: DataSource = async (path) => {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.json();
};

let source: DataSource = fromSite;
const cache = new Map<string, Promise<unknown>>();

/** Prerender only: where the files come from instead of the network. */
export function setDataSource(next: DataSource): void {
  source = next;
  cache.clear();
}

/** A data file; a route that asks for one the site does not have is not found. */
export async function getData<T>(path: string): Promise<T> {
  let pending = cache.get(path);
  if (!pending) {
    pending = source(path);
    // A failed request may succeed later: keep only what arrived.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  const value = await pending;
  if (value === undefined) throw data(null, { status: 404 });
  return value as T;
}
