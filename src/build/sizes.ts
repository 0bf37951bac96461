/**
 * What a first visit downloads, and what the map adds, read from the build
 * manifest and measured raw, gzip and brotli.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ARTICLE_PREFIX } from '../loader/vite-plugin.ts';
import { isArticleData, readManifest, type ManifestChunk } from './manifest.ts';

export type AssetKind = 'js' | 'css' | 'data' | 'font';

export interface AssetSize {
  file: string;
  kind: AssetKind;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface SiteSizes {
  firstVisit: AssetSize[];
  map: AssetSize[];
}

/** Budgets in bytes (1 kB = 1000 B): gzip for code and data, as shipped for fonts. */
export const BUDGETS = {
  firstVisitJsGzip: 130_000,
  mapJsGzip: 80_000,
  dataGzip: 15_000,
  fonts: 90_000,
} as const;

function measure(dist: string, file: string, kind: AssetKind): AssetSize {
  const bytes = readFileSync(join(dist, file));
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { file, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
}

export function measureSite(dist: string): SiteSizes {
  const manifest = readManifest(dist);
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entryKey) throw new Error(`no entry chunk in ${dist}/.vite/manifest.json`);

  /** A chunk and everything it imports statically, each file once. */
  const closure = (key: string, seen = new Set<string>()): ManifestChunk[] => {
    if (seen.has(key)) return [];
    seen.add(key);
    const chunk = manifest[key]!;
    return [chunk, ...(chunk.imports ?? []).flatMap((k) => closure(k, seen))];
  };
  const files = (chunks: ManifestChunk[]): AssetSize[] =>
    chunks.flatMap((c) => [
      measure(dist, c.file, isArticleData(c) ? 'data' : 'js'),
      ...(c.css ?? []).map((f) => measure(dist, f, 'css')),
      ...(c.assets ?? []).filter((f) => f.endsWith('.woff2')).map((f) => measure(dist, f, 'font')),
    ]);

  const entry = manifest[entryKey]!;
  const dynamic = entry.dynamicImports ?? [];
  const firstChunks = closure(entryKey);
  // The article's data is fetched with the page (it is preloaded) to hydrate it.
  for (const key of dynamic.filter((k) => k.startsWith(ARTICLE_PREFIX))) firstChunks.push(...closure(key, new Set(firstChunks.map((c) => c.src ?? c.file))));
  const firstFiles = new Set(firstChunks.map((c) => c.file));
  const mapChunks = dynamic.filter((k) => k.includes('map-chunk')).flatMap((k) => closure(k)).filter((c) => !firstFiles.has(c.file));
  return { firstVisit: unique(files(firstChunks)), map: unique(files(mapChunks)) };
}

function unique(sizes: AssetSize[]): AssetSize[] {
  return [...new Map(sizes.map((s) => [s.file, s])).values()];
}

export function total(sizes: AssetSize[], kind: AssetKind, measureBy: 'raw' | 'gzip' | 'brotli'): number {
  return sizes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s[measureBy], 0);
}
