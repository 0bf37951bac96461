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

try {
  await buildSite({ base: values.base, outDir: values.out, baseline: values.baseline, seedsDir: values.seeds });
} catch (e) {
  // The loader's errors are located already (file:line:column: code: message): print them, not a stack.
  const message = (e instanceof Error ? e.message : String(e)).split('\n').filter((line) => !/^\s+at /u.test(line)).join('\n');
  process.stderr.write(`${message}\nbuild failed; ${values.out} is left as it was\n`);
  process.exit(1);
}
process.stdout.write(`built ${values.baseline ? 'the baseline' : 'the site'} into ${values.out} (base ${values.base})\n`);
