/**
 * What a first visit to the front page downloads, what a report's page adds
 * (its data), and what the map adds, read from the build manifest and the
 * data files and measured raw, gzip and brotli.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dataPaths } from '../shared/paths.ts';
import { closureOf, pageCode, readManifest, type ManifestChunk } from './manifest.ts';

export type AssetKind = 'js' | 'css' | 'data' | 'font';

export interface AssetSize {
  file: string;
  kind: AssetKind;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface SiteSizes {
  /** The front page: the entry's code, what it starts, style and fonts; the front page's data and interface strings. */
  firstVisit: AssetSize[];
  /** The largest report's data, which its pages fetch. */
  report: AssetSize;
  map: AssetSize[];
}

/** The front page, in the language a first visit most often lands in. */
const FRONT_PAGE = '/hi/';

/** Budgets in bytes (1 kB = 1000 B): gzip for code and data, as shipped for fonts. */
export const BUDGETS = {
  firstVisitJsGzip: 130_000,
  mapJsGzip: 80_000,
  /** One report's data. */
  dataGzip: 15_000,
  /** The front page's data, however many reports there are. */
  frontGzip: 8_000,
  fonts: 90_000,
} as const;

function measure(dist: string, file: string, kind: AssetKind): AssetSize {
  const bytes = readFileSync(join(dist, file));
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { file, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
}

export function measureSite(dist: string): SiteSizes {
  const manifest = readManifest(dist);
  const closure = (key: string) => closureOf(manifest, [key]);
  const files = (chunks: ManifestChunk[]): AssetSize[] =>
    chunks.flatMap((c) => [
      // The interface strings are text, as the page's data is, though they come as a module.
      measure(dist, c.file, c.src?.startsWith('src/locales/') ? 'data' : 'js'),
      ...(c.css ?? []).map((f) => measure(dist, f, 'css')),
      ...(c.assets ?? []).filter((f) => f.endsWith('.woff2')).map((f) => measure(dist, f, 'font')),
    ]);

  const firstChunks = pageCode(manifest, dist, FRONT_PAGE);
  const firstFiles = new Set(firstChunks.map((c) => c.file));
  const mapChunks = Object.keys(manifest).filter((k) => k.includes('map-chunk')).flatMap((k) => closure(k)).filter((c) => !firstFiles.has(c.file));
  const reports = readdirSync(join(dist, 'data/reports')).map((name) => measure(dist, `data/reports/${name}`, 'data'));
  return {
    firstVisit: [...unique(files(firstChunks)), measure(dist, dataPaths.front(), 'data')],
    report: reports.reduce((a, b) => (b.gzip > a.gzip ? b : a)),
    map: unique(files(mapChunks)),
  };
}

function unique(sizes: AssetSize[]): AssetSize[] {
  return [...new Map(sizes.map((s) => [s.file, s])).values()];
}

export function total(sizes: AssetSize[], kind: AssetKind, measureBy: 'raw' | 'gzip' | 'brotli'): number {
  return sizes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s[measureBy], 0);
}
