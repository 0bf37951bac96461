import './app/styles.css';
// The maps' keys are in the prerendered HTML: their style comes with the page's, not with the map.
import './features/map/map.css';
import { pageLoaded } from './app/boot/page-loaded.ts';
import { prerenderedHere } from './app/boot/prerendered.ts';
import { systemHasDevanagari } from './app/boot/system-font.ts';
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
  // In a task of its own: asking the system for a font is not free.
  setTimeout(() => {
    if (!systemHasDevanagari()) void import('./app/boot/devanagari.ts').then(({ swapInDevanagari }) => swapInDevanagari());
  });
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

/** The code this page runs, named by the prerender (src/build/prerender.ts), fetched all at once to be run piece by piece. */
function fetchPageCode(): void {
  for (const href of root?.dataset.code?.split(' ') ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

const root = document.getElementById('root');
// HTML prerendered for another address, or the front page without the filters in its query, is not what the
// reader asked for: its list waits, hidden (styles.css), for the app's; as printed if the app cannot start,
// or has not rendered in a while.
const unstale = () => root && delete root.dataset.stale;
if (root?.dataset.path !== undefined && !prerenderedHere(root)) {
  root.dataset.stale = '';
  setTimeout(unstale, 10_000);
}
start().catch((error: unknown) => {
  unstale();
  throw error;
});
