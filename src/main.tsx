import './app/styles.css';
// The maps' keys are in the prerendered HTML: their style comes with the page's, not with the map.
import './features/map/map.css';
import { nextTask } from './shared/tasks.ts';

/**
 * The prerendered page reads, and its links work, before any of this runs.
 * What makes it answer in place comes in pieces, each evaluated in a task of
 * its own so that none keeps the page from answering for long: React, the
 * router, the interface strings, then the app, which hydrates in slices.
 */
async function start() {
  await import('react-dom/client');
  await nextTask();
  await import('react-router');
  await nextTask();
  await import('i18next');
  await nextTask();
  const { hydrate } = await import('./app/hydrate.tsx');
  await hydrate();
}

void start();
