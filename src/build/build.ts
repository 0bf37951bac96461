/**
 * npm run build: the client bundle, the server bundle for the prerender, and
 * one HTML file per route.
 *
 *   tsx src/build/build.ts [--base /sub/] [--out dist] [--baseline]
 *
 * --base   host the site under a sub-folder (the router and prerender follow)
 * --baseline  the bench's naive comparison: map in the main chunk, no prerender
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type InlineConfig } from 'vite';
import { prerender } from './prerender.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    out: { type: 'string', default: 'dist' },
    baseline: { type: 'boolean', default: false },
  },
});

const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const outDir = resolve(values.out);
const ssrDir = `${outDir}-ssr`;
const baselineAlias = [{ find: /^\.\/load-map\.ts$/, replacement: resolve('src/app/load-map.eager.ts') }];
const common: InlineConfig = { base, logLevel: 'warn', resolve: values.baseline ? { alias: baselineAlias } : {} };

await build({ ...common, build: { outDir, emptyOutDir: true } });
if (!values.baseline) {
  await build({ ...common, build: { outDir: ssrDir, emptyOutDir: true, ssr: 'src/entry-server.tsx' } });
  await prerender(outDir, ssrDir);
  rmSync(ssrDir, { recursive: true, force: true });
}
process.stdout.write(`built ${values.baseline ? 'the baseline' : 'the site'} into ${values.out} (base ${base})\n`);
