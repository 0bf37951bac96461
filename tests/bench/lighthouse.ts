import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median, ms, ratio, table } from './format.ts';

export interface Metrics {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

/** Against the floor (the same page without scripts): what the scripts may add. */
export const TARGETS = { score: 100, tbtOverFloor: 50, lcpOverFloor: 0.05, cls: 0.01 };
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** One Lighthouse run in mobile emulation (its default), in a fresh browser. */
async function run(url: string): Promise<Metrics> {
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { audits, categories } = result.lhr;
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    // A run whose score Lighthouse could not compute (an audit failed) counts as no measurement.
    const score = categories.performance?.score;
    return {
      score: typeof score === 'number' ? Math.round(score * 100) : Number.NaN,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
    };
  } finally {
    await chrome.kill();
  }
}

/** The median of `runs` complete runs; a failed run is retried, up to as many extra attempts. */
export async function medianOf(url: string, runs: number): Promise<Metrics> {
  const all: Metrics[] = [];
  for (let attempt = 0; attempt < runs * 2 && all.filter((m) => Number.isFinite(m.score)).length < runs; attempt++) all.push(await run(url));
  const pick = (key: keyof Metrics) => median(all.map((m) => m[key]));
  return { score: pick('score'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), bytes: pick('bytes') };
}

export function printLighthouse(page: string, ours: Metrics, floor: Metrics, base: Metrics, runs: number): void {
  const shown = (show: (n: number) => string) => (n: number) => (Number.isFinite(n) ? show(n) : 'n/a');
  const row = (name: string, key: keyof Metrics, show: (n: number) => string, target: string, met: boolean | null) => [
    name,
    shown(show)(ours[key]),
    shown(show)(floor[key]),
    Number.isFinite(ours[key]) && Number.isFinite(floor[key]) ? ratio(ours[key], floor[key]) : '—',
    target,
    met === null ? '' : met ? 'met' : 'NOT MET',
    shown(show)(base[key]),
  ];
  console.log(`\nLighthouse ${page} (mobile emulation, median of ${runs} runs; floor = the same page without scripts, baseline = the naive build)`);
  console.log(
    table(
      ['metric', 'ours', 'floor', 'ours/floor', 'target', '', 'baseline'],
      [
        row('performance', 'score', String, `${TARGETS.score}`, ours.score >= TARGETS.score),
        row('FCP', 'fcp', ms, '', null),
        row('LCP', 'lcp', ms, `≤ floor +${TARGETS.lcpOverFloor * 100}%`, ours.lcp <= floor.lcp * (1 + TARGETS.lcpOverFloor)),
        row('TBT', 'tbt', ms, `≤ floor +${TARGETS.tbtOverFloor} ms`, ours.tbt <= floor.tbt + TARGETS.tbtOverFloor),
        row('CLS', 'cls', (n) => n.toFixed(3), `≤ ${TARGETS.cls}`, ours.cls <= TARGETS.cls),
        row('total bytes', 'bytes', (n) => `${(n / 1000).toFixed(1)} kB`, '', null),
      ],
    ),
  );
}
