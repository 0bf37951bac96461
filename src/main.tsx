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
 * Once the page and what it asked for first (its data, its fonts) are in, and
 * it has painted: nothing of the app competes with the text for the network.
 */
function pageLoaded(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => requestAnimationFrame(() => setTimeout(resolve));
    if (document.readyState === 'complete') next();
    else addEventListener('load', next, { once: true });
  });
}

void start();
