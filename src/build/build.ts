/**
 * npm run build — the static site in dist/.
 *
 *   tsx src/build/build.ts [--base /sub/] [--out dist] [--seeds DIR] [--baseline]
 *
 * --base      host the site under a sub-folder (the router and prerender follow)
 * --seeds     build from another folder of reports than seeds/
 * --baseline  the bench's naive comparison: map in the main chunk, no prerender
 */
import { parseArgs } from 'node:util';
import { buildSite } from './site.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    out: { type: 'string', default: 'dist' },
    baseline: { type: 'boolean', default: false },
    seeds: { type: 'string' },
  },
});

await buildSite({ base: values.base, outDir: values.out, baseline: values.baseline, seedsDir: values.seeds });
process.stdout.write(`built ${values.baseline ? 'the baseline' : 'the site'} into ${values.out} (base ${values.base})\n`);
