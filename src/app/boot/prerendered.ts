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
