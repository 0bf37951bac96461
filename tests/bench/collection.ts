/**
 * The site at scale: a generated collection of 1,000 reports (the seed and
 * the fixtures of the genre, each again under other dates, in Hindi only)
 * built beside the one-report site, with its build time, its pages, and the
 * front page's HTML and first-visit bytes at each size.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite } from '../../src/build/site.ts';
import { measureSite, total } from '../../src/build/sizes.ts';
import { MONTHS } from '../../src/loader/vocabulary.ts';
import { kb, table } from './format.ts';

/** `count` reports dated a day apart from 2020-01-01, each a template's text under its own date and dateline. */
export function writeCollection(root: string, dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const genre = join(root, 'tests/fixtures/genre');
  const templates = [join(root, 'seeds/2025-08-31-xi-tianjin-meetings.hi.txt'), ...readdirSync(genre).filter((f) => f.endsWith('.hi.txt')).map((f) => join(genre, f))].map((file) =>
    readFileSync(file, 'utf8').replace(/^\s*date \S+ /, ''),
  );
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2020, 0, 1 + i));
    const iso = date.toISOString().slice(0, 10);
    const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]![0]}`;
    // The dateline says the report's day, so the collection builds without warnings of it, and no two
    // copies of a template have the same words (the loader refuses one report twice): a dateline
    // without a day gets one, a press release's date is the day's, and a report with no dateline gives
    // its meeting the day.
    const template = templates[i % templates.length]!;
    const dotted = `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
    const dated = [
      (t: string) => t.replace(/(^[^,\n]{1,40},\s*)\d{1,2} \S+/u, `$1${day}`),
      (t: string) => t.replace(/^(\S[^,\n:]{0,40}?) :/u, `$1, ${day} :`),
      (t: string) => t.replace(/\b\d{2}\.\d{2}\.\d{4}\b/u, dotted),
      (t: string) => t.replace(new RegExp(`\\d{1,2} (?:${MONTHS.flat().join('|')})(?=\\s)`, 'u'), day),
    ];
    const text = dated.map((date) => date(template)).find((t) => t !== template) ?? template;
    writeFileSync(join(dir, `${iso}-report-${i}.hi.txt`), text);
  }
}

function pagesOf(dir: string): { count: number; raw: number; gzip: number } {
  let count = 0;
  let raw = 0;
  let gzip = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const bytes = readFileSync(path);
        count++;
        raw += bytes.length;
        gzip += gzipSync(bytes).length;
      }
    }
  };
  walk(dir);
  return { count, raw, gzip };
}

interface Scale {
  reports: number;
  seconds: number;
  pages: ReturnType<typeof pagesOf>;
  frontHtmlGzip: number;
  firstVisitGzip: number;
}

async function measureScale(root: string, seedsDir: string, outDir: string, reports: number): Promise<Scale> {
  const started = performance.now();
  await buildSite({ outDir, seedsDir, quiet: true });
  const seconds = (performance.now() - started) / 1000;
  const frontHtmlGzip = gzipSync(readFileSync(join(outDir, 'hi/index.html'))).length;
  const sizes = measureSite(outDir);
  const firstVisitGzip = frontHtmlGzip + (['js', 'css', 'data'] as const).reduce((n, kind) => n + total(sizes.firstVisit, kind, 'gzip'), 0) + total(sizes.firstVisit, 'font', 'raw');
  return { reports, seconds, pages: pagesOf(outDir), frontHtmlGzip, firstVisitGzip };
}

/** The seed's report alone, with its translation: the site as it was before the collection grew. */
function writeSeedAlone(root: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of ['2025-08-31-xi-tianjin-meetings.hi.txt', '2025-08-31-xi-tianjin-meetings.en.po']) copyFileSync(join(root, 'seeds', file), join(dir, file));
}

export async function printCollection(root: string): Promise<void> {
  const seedAlone = join(root, '.bench/collection-1');
  const collection = join(root, '.bench/collection-1000');
  writeSeedAlone(root, seedAlone);
  writeCollection(root, collection, 1000);
  const published = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.hi.txt')).length;
  const one = await measureScale(root, seedAlone, join(root, '.bench/site-1'), 1);
  const seeds = await measureScale(root, join(root, 'seeds'), join(root, '.bench/site-seeds'), published);
  const many = await measureScale(root, collection, join(root, '.bench/site-1000'), 1000);
  const row = (s: Scale) => [
    String(s.reports),
    `${s.seconds.toFixed(1)} s`,
    String(s.pages.count),
    `${(s.pages.raw / 1e6).toFixed(1)} MB`,
    kb(s.frontHtmlGzip),
    kb(s.firstVisitGzip),
  ];
  console.log('\nThe collection at scale (front page /hi/; first visit = HTML, code, style, data and fonts of that page)');
  console.log(table(['reports', 'build', 'pages', 'pages raw', 'front HTML gzip', 'first visit gzip'], [row(one), row(seeds), row(many)]));
  console.log('target: front page HTML under 60 kB gzip at 1,000 reports; first visit not growing with the collection');
}
