import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { keepManifest, takeManifest } from './manifest.ts';
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

/**
 * The client bundle, the server bundle for the prerender, and one HTML file per route.
 * All of it is built in a fresh folder beside `outDir`, which replaces `outDir` only once
 * every step has succeeded: a failed build leaves `outDir` as it was.
 */
export async function buildSite({ base = '/', outDir, baseline = false, clientOnly = false, seedsDir, quiet = false }: SiteOptions): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  const out = resolve(outDir);
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
  // Beside the target, so it replaces the target by a rename (`*.tmp.*` is ignored by git).
  mkdirSync(dirname(out), { recursive: true });
  const staged = mkdtempSync(`${out}.tmp.`);
  // The server bundle imports the project's packages: it is written inside the project, where they resolve.
  let ssrDir: string | undefined;
  try {
    await build({ ...common, mode: 'production', build: { outDir: staged, emptyOutDir: true } });
    if (!baseline && !clientOnly) {
      mkdirSync(join(root, 'node_modules'), { recursive: true });
      ssrDir = mkdtempSync(join(root, 'node_modules', '.bhent-ssr-'));
      await build({ ...common, mode: 'production', build: { outDir: ssrDir, emptyOutDir: true, ssr: 'src/entry-server.tsx' } });
      await prerender(staged, ssrDir);
    }
    // The manifest is the build's, not the site's: kept out of the published folder.
    const manifest = takeManifest(staged);
    publish(staged, out);
    keepManifest(out, manifest);
  } finally {
    if (ssrDir) rmSync(ssrDir, { recursive: true, force: true });
    rmSync(staged, { recursive: true, force: true });
    process.env.NODE_ENV = nodeEnv;
    if (seeds === undefined) delete process.env.SEEDS_DIR;
    else process.env.SEEDS_DIR = seeds;
  }
}

/**
 * Puts the finished site in `staged` in place of `out`: the old one moved aside, the new one renamed in,
 * the old one removed. Where a rename cannot do it (`out` a mount point, another device), copied.
 */
function publish(staged: string, out: string): void {
  const aside = mkdtempSync(join(dirname(out), `${basename(out)}.old.tmp.`));
  const old = join(aside, 'site');
  try {
    if (existsSync(out)) renameSync(out, old);
    try {
      renameSync(staged, out);
    } catch (error) {
      if (existsSync(old)) renameSync(old, out);
      throw error;
    }
  } catch (error) {
    if (!['EXDEV', 'EBUSY', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    mkdirSync(out, { recursive: true });
    for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true, force: true });
    cpSync(staged, out, { recursive: true });
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}
