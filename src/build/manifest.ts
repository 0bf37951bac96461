import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** The manifest of a client build in `dir`, keyed by source. */
export function readManifest(dir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
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
  if (!key) throw new Error(`no entry chunk in ${dir}/.vite/manifest.json`);
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
