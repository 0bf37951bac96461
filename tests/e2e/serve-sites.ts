/**
 * The browser tests' web server: builds three sites one after another (two
 * cores build faster in turn than at once), then serves each with the plain
 * static server — no SPA fallback, as on a basic host.
 *   PORT    the site at /
 *   PORT+1  the site built for the sub-folder /bhent/
 *   PORT+2  the site built from the hostile report fixture
 *   PORT+3  the demo collection: the fictional reports of the genre
 */
import { buildSite } from '../../src/build/site.ts';
import { serveStatic } from '../../src/build/serve-static.ts';

const port = Number(process.argv[2] ?? 4317);
const sites = [
  { outDir: 'dist', base: '/', port },
  { outDir: 'dist-subfolder', base: '/bhent/', port: port + 1 },
  { outDir: 'dist-hostile', base: '/', port: port + 2, seedsDir: 'tests/fixtures/hostile' },
  { outDir: 'dist-demo', base: '/', port: port + 3, seedsDir: 'tests/fixtures/genre', quiet: true },
];

for (const site of sites) await buildSite(site);
for (const site of sites) await serveStatic(site.outDir, { port: site.port, base: site.base });
process.stdout.write(`serving ${sites.length} sites from port ${port}\n`);
