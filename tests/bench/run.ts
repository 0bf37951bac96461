/**
 * npm run bench — prints build sizes, Lighthouse figures beside a naive
 * baseline (map in the main chunk, no prerender), loader throughput, and
 * the site built from 1 and from 1,000 reports.
 * Not part of npm test: figures, not pass/fail.
 *
 *   npm run bench [-- --runs 3] [-- --skip-lighthouse]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../../src/build/site.ts';
import { serveStatic } from '../../src/build/serve-static.ts';
import { medianOf, printLighthouse } from './lighthouse.ts';
import { printCollection } from './collection.ts';
import { printLoaderThroughput } from './loader.ts';
import { printSizes } from './sizes.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'skip-lighthouse': { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '../..');
const site = resolve(root, '.bench/site');
const baseline = resolve(root, '.bench/baseline');

console.log('Building the site and the baseline…');
await buildSite({ outDir: site });
await buildSite({ outDir: baseline, baseline: true });
printSizes(site, baseline);

if (!values['skip-lighthouse']) {
  const runs = Number(values.runs);
  const servers = [await serveStatic(site, { port: 4421 }), await serveStatic(baseline, { port: 4422, spa: true })];
  try {
    for (const page of ['/hi/', '/en/reports/2025-08-31-xi-tianjin-meetings/meetings/kg/']) {
      const ours = await medianOf(`http://127.0.0.1:4421${page}`, runs);
      const base = await medianOf(`http://127.0.0.1:4422${page}`, runs);
      printLighthouse(page, ours, base, runs);
    }
  } finally {
    for (const server of servers) server.close();
  }
}

printLoaderThroughput(root);
await printCollection(root);
