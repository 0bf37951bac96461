import { samePath } from '../../shared/paths.ts';

/**
 * Whether the HTML in `#root` was prerendered for this very address. A static
 * host may serve 404.html, or the root page, for another one; and the front
 * page's filters live in the query, which only the browser reads. Such a page
 * shows something other than what was asked for until the app has run.
 */
export function prerenderedHere(root: HTMLElement | null = document.getElementById('root'), base: string = import.meta.env.BASE_URL): boolean {
  const path = root?.dataset.path;
  return path !== undefined && location.search === '' && samePath(`${base.replace(/\/$/, '')}${path}`, location.pathname);
}
