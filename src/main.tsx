import './app/styles.css';
// The maps' keys are in the prerendered HTML: their style comes with the page's, not with the map.
import './features/map/map.css';
import { nextTask } from './shared/tasks.ts';

/**
 * The prerendered page reads, and its links work, before any of this runs.
 * What makes it answer in place comes after the page has loaded, in pieces,
 * each evaluated in a task of its own so that none keeps the page from
 * answering for long: React, React DOM, the router, the interface strings, then the app,
 * which hydrates in slices.
 */
async function start() {
  await pageLoaded();
  fetchPageCode();
  await import('./app/boot/react.ts');
  await nextTask();
  await import('./app/boot/react-dom.ts');
  await nextTask();
  await import('./app/boot/router.ts');
  await nextTask();
  await import('./app/boot/i18n.ts');
  await nextTask();
  const { hydrate } = await import('./app/hydrate.tsx');
  await hydrate();
}

/**
 * Once the page has loaded what it asked for first (its data, its fonts) and
 * has painted its text: nothing of the app competes with the text for the
 * network or the main thread before the reader sees it.
 */
function pageLoaded(): Promise<void> {
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

/** The code this page runs, named by the prerender (src/build/prerender.ts), fetched all at once to be run piece by piece. */
function fetchPageCode(): void {
  for (const href of document.getElementById('root')?.dataset.code?.split(' ') ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

void start();
