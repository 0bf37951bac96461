/**
 * Once the page has loaded what it asked for first (its data, its fonts) and
 * has painted its text: nothing of the app competes with the text for the
 * network or the main thread before the reader sees it.
 */
export function pageLoaded(): Promise<void> {
  const painted = new Promise<void>((resolve) => {
    // A page with nothing prerendered (the dev server, a host that serves index.html for every address) paints only once the app has run.
    const prerendered = document.getElementById('root')?.dataset.path !== undefined;
    if (!prerendered || typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
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
