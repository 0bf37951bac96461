import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** One entry of Vite's build manifest (`build.manifest: true`). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** Where Vite writes the manifest in a client build's folder: read there while the build is under way. */
const IN_BUILD = '.vite/manifest.json';

/**
 * Where the manifest of the site in `dir` is kept once it is built: in the
 * project's cache, out of the published folder, one small file for each folder built.
 */
export function keptManifestFile(dir: string): string {
  const key = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16);
  return resolve(import.meta.dirname, '../../node_modules/.cache/bhent-manifests', `${key}.json`);
}

/** Takes the manifest out of the client build in `built`, so that the folder holds only what is published. */
export function takeManifest(built: string): string {
  const text = readFileSync(join(built, IN_BUILD), 'utf8');
  rmSync(join(built, '.vite'), { recursive: true, force: true });
  return text;
}

/**
 * Keeps the manifest `text` of the site now published in `target`, for what reads it later (the size
 * budgets, the bench). Written whole, then renamed into place: a build running at the same time never
 * reads half of it.
 */
export function keepManifest(target: string, text: string): void {
  const kept = keptManifestFile(target);
  mkdirSync(dirname(kept), { recursive: true });
  const part = `${kept}.${process.pid}.part`;
  writeFileSync(part, text);
  renameSync(part, kept);
}

/** The manifest of a client build in `dir`, keyed by source: the build's own while it is under way, else the one kept for `dir`. */
export function readManifest(dir: string): Record<string, ManifestChunk> {
  const inBuild = join(dir, IN_BUILD);
  if (existsSync(inBuild)) return JSON.parse(readFileSync(inBuild, 'utf8')) as Record<string, ManifestChunk>;
  const kept = keptManifestFile(dir);
  if (!existsSync(kept)) throw new Error(`no build manifest for ${dir}: build the site there first`);
  return JSON.parse(readFileSync(kept, 'utf8')) as Record<string, ManifestChunk>;
}

/** The chunks of `keys` and everything they import statically, each once, in order. */
export function closureOf(manifest: Record<string, ManifestChunk>, keys: string[], seen = new Set<string>()): ManifestChunk[] {
  return keys.flatMap((key) => {
    if (seen.has(key) || !manifest[key]) return [];
    seen.add(key);
    const chunk = manifest[key];
    return [chunk, ...closureOf(manifest, chunk.imports ?? [], seen)];
  });
}

/** The key of the entry chunk (index.html's script). */
export function entryOf(manifest: Record<string, ManifestChunk>, dir: string): string {
  const key = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!key) throw new Error(`no entry chunk in the build manifest of ${dir}`);
  return key;
}

/** Which page's code an address runs (the lazy pages of src/app/routes.tsx), by its shape. */
const PAGES: Array<[RegExp, string]> = [
  [/^\/[a-z]{2}\/$/, 'src/app/routes/HomePage.tsx'],
  [/^\/[a-z]{2}\/reports\/[^/]+\/(meetings\/[^/]+\/)?$/, 'src/app/routes/Explorer.tsx'],
  [/^\/[a-z]{2}\/reports\/[^/]+\/article\/$/, 'src/app/routes/ArticlePage.tsx'],
  [/^\/[a-z]{2}\/countries\/[^/]+\/$/, 'src/app/routes/CountryPage.tsx'],
  [/^\/[a-z]{2}\/people\/[^/]+\/$/, 'src/app/routes/PersonPage.tsx'],
  [/^\/[a-z]{2}\/years\/[^/]+\/$/, 'src/app/routes/YearPage.tsx'],
];

/**
 * The code a page at `path` runs: the entry, what it starts (src/main.tsx),
 * the page's own code and its language's interface strings.
 */
export function pageCode(manifest: Record<string, ManifestChunk>, dir: string, path: string): ManifestChunk[] {
  const entry = entryOf(manifest, dir);
  const page = PAGES.find(([shape]) => shape.test(path))?.[1];
  const lang = /^\/([a-z]{2})\//.exec(path)?.[1];
  const starts = (manifest[entry]!.dynamicImports ?? []).filter((key) => !ONLY_WHERE_NEEDED.includes(key));
  return closureOf(manifest, [entry, ...starts, ...(page ? [page] : []), ...(lang ? [`src/locales/${lang}/common.json`] : [])]);
}

/** What the entry starts on some systems only (src/main.tsx): not fetched with the page's code, nor counted in it. */
const ONLY_WHERE_NEEDED = ['src/app/boot/devanagari.ts'];
