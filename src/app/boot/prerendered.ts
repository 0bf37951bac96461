/**
 * Whether the HTML in `#root` was prerendered for this very address. A static
 * host may serve 404.html, or the root page, for another one; and the front
 * page's filters live in the query, which only the browser reads. Such a page
 * shows something other than what was asked for until the app has run. Any
 * other query (a campaign's tag) changes nothing on the page.
 */
export function prerenderedHere(root: HTMLElement | null = document.getElementById('root'), base: string = import.meta.env.BASE_URL): boolean {
  const path = root?.dataset.path;
  if (path === undefined || !samePath(`${base.replace(/\/$/, '')}${path}`, location.pathname)) return false;
  const query = new URLSearchParams(location.search);
  return !(FRONT_PAGE.test(path) && FILTERS.some((key) => query.has(key)));
}

/** The front page, and the filters its query may hold (`filtersOf` in src/shared/paths.ts). */
const FRONT_PAGE = /^\/[a-z]{2}\/$/;
const FILTERS = ['country', 'person', 'year'];

/** Do two URL paths name the same page? A trailing slash makes no difference. */
function samePath(a: string, b: string): boolean {
  const trim = (p: string) => {
    let decoded = p;
    try {
      decoded = decodeURI(p);
    } catch {
      // A malformed escape in the address bar: compare it as it is.
    }
    return decoded.replace(/\/+$/, '') || '/';
  };
  return trim(a) === trim(b);
}
