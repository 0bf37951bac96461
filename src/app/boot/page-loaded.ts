import { prerenderedHere } from './prerendered.ts';

/**
 * Once the page has loaded what it asked for first (its data, its fonts) and
 * has painted its text: nothing of the app competes with the text for the
 * network or the main thread before the reader sees it. At once where the
 * HTML is not this address's own (nothing prerendered, as on the dev server;
 * another page's, as a static host's fallback; the front page without the
 * filters in its query): there only the app shows what was asked for.
 */
export function pageLoaded(): Promise<void> {
  if (!prerenderedHere()) return Promise.resolve();
  const painted = new Promise<void>((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', () => resolve(), { once: true });
  });
  return Promise.all([painted, loaded]).then(() => new Promise((resolve) => setTimeout(resolve)));
}
