/**
 * npm run bench — prints build sizes; Lighthouse figures for our pages beside
 * the floor (the same pages without scripts) and a naive baseline (map in the
 * main chunk, no prerender); the main thread's long tasks and the time from a
 * click to its result, in Chromium with the CPU slowed; loader throughput; and
 * the site built from 1 and from 1,000 reports.
 * Not part of npm test: figures, not pass/fail.
 *
 *   npm run bench [-- --runs 5] [-- --skip-lighthouse] [-- --only /hi/]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../../src/build/site.ts';
import { serveStatic } from '../../src/build/serve-static.ts';
import { printCollection } from './collection.ts';
import { buildFloor } from './floor.ts';
import { medianOf, printLighthouse } from './lighthouse.ts';
import { printLoaderScaling, printLoaderThroughput } from './loader.ts';
import { printSizes } from './sizes.ts';
import { launchSlowBrowser, printInteractions, printTasks, timeClick, traceLoad } from './tasks.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-collection': { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
  },
});
const root = resolve(import.meta.dirname, '../..');
const site = resolve(root, '.bench/site');
const floor = resolve(root, '.bench/floor');
const baseline = resolve(root, '.bench/baseline');
const SEED = '/reports/2025-08-31-xi-tianjin-meetings';
const PAGES = ['/hi/', '/en/', `/hi${SEED}/meetings/kg/`, `/en${SEED}/meetings/kg/`].filter((page) => !values.only || values.only.includes(page));

console.log('Building the site, its floor and the baseline…');
await buildSite({ outDir: site, quiet: true });
buildFloor(site, floor);
await buildSite({ outDir: baseline, baseline: true, quiet: true });
printSizes(site, baseline);

const OURS = 4421;
const FLOOR = 4423;
const servers = [await serveStatic(site, { port: OURS }), await serveStatic(floor, { port: FLOOR }), await serveStatic(baseline, { port: 4422, spa: true })];
try {
  if (!values['skip-lighthouse']) {
    const runs = Number(values.runs);
    for (const page of PAGES) {
      const ours = await medianOf(`http://127.0.0.1:${OURS}${page}`, runs);
      const bare = await medianOf(`http://127.0.0.1:${FLOOR}${page}`, runs);
      const base = await medianOf(`http://127.0.0.1:4422${page}`, runs);
      printLighthouse(page, ours, bare, base, runs);
    }
  }

  const browser = await launchSlowBrowser();
  try {
    for (const page of PAGES) printTasks(page, await traceLoad(browser, `http://127.0.0.1:${OURS}${page}`), await traceLoad(browser, `http://127.0.0.1:${FLOOR}${page}`));
    const at = (page: string) => `http://127.0.0.1:${OURS}${page}`;
    printInteractions([
      await timeClick(browser, at(`/en${SEED}/`), 'a country on a report’s map', (p) => p.locator('.leaflet-container').getByRole('link', { name: 'Belarus' }).click(), '.meeting-card[data-selected] [id="meeting-by"]'),
      await timeClick(browser, at('/en/'), 'a country on the map of every country', (p) => p.locator('.leaflet-container').getByRole('link', { name: /^Kyrgyzstan: / }).click(), '#country-heading'),
      await timeClick(browser, at(`/hi${SEED}/meetings/kg/`), 'the language, on a meeting page', (p) => p.getByRole('link', { name: 'English' }).click(), 'html[lang="en"] .meeting-card[data-selected]'),
      await timeClick(browser, at('/en/'), 'the language, on the front page', (p) => p.getByRole('link', { name: 'हिन्दी' }).click(), 'html[lang="hi"] main'),
    ]);
  } finally {
    await browser.close();
  }
} finally {
  for (const server of servers) server.close();
}

printLoaderThroughput(root);
printLoaderScaling(root);
if (!values['skip-collection']) await printCollection(root);
