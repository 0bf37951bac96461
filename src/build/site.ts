import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { prerender } from './prerender.ts';

export interface SiteOptions {
  /** Where the site is hosted: `/`, or a sub-folder such as `/bhent/`. */
  base?: string;
  outDir: string;
  /** The bench's naive comparison: map in the main chunk, no prerender. */
  baseline?: boolean;
  /** Client bundle only (no prerendered pages): enough to measure sizes. */
  clientOnly?: boolean;
  /** Build from another folder of reports than seeds/. */
  seedsDir?: string;
  /** Errors only: a generated collection's warnings are not news. */
  quiet?: boolean;
}

/** The client bundle, the server bundle for the prerender, and one HTML file per route. */
export async function buildSite({ base = '/', outDir, baseline = false, clientOnly = false, seedsDir, quiet = false }: SiteOptions): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  const out = resolve(outDir);
  const ssrDir = `${out}-ssr`;
  const baselineAlias = [{ find: /^\.\/load-map\.ts$/, replacement: resolve(root, 'src/app/load-map.eager.ts') }];
  const common: InlineConfig = {
    root,
    base: base.endsWith('/') ? base : `${base}/`,
    logLevel: quiet ? 'error' : 'warn',
    resolve: baseline ? { alias: baselineAlias } : {},
  };
  // A production build even when called from a test runner, which sets NODE_ENV=test.
  const { NODE_ENV: nodeEnv, SEEDS_DIR: seeds } = process.env;
  process.env.NODE_ENV = 'production';
  // vite.config.ts reads the seeds folder from here.
  if (seedsDir) process.env.SEEDS_DIR = resolve(seedsDir);
  try {
    await build({ ...common, mode: 'production', build: { outDir: out, emptyOutDir: true } });
    if (baseline || clientOnly) return;
    await build({ ...common, mode: 'production', build: { outDir: ssrDir, emptyOutDir: true, ssr: 'src/entry-server.tsx' } });
    await prerender(out, ssrDir);
    rmSync(ssrDir, { recursive: true, force: true });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (seeds === undefined) delete process.env.SEEDS_DIR;
    else process.env.SEEDS_DIR = seeds;
  }
}
