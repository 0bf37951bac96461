/**
 * What runs on a page's main thread, in Chromium with the CPU slowed four
 * times: every task over 50 ms from navigation until the page is quiet, what
 * it spent its time on, and whether our scripts ran in it. And how long a
 * reader waits after a click for what it shows: a country on the map, the
 * other language.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { ms, table } from './format.ts';

/** Slower than a mid-range phone's CPU by this much, as Lighthouse's mobile setting. */
export const CPU_SLOWDOWN = 4;
const LONG = 50;

type TraceEvent = { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: Record<string, unknown>; beginData?: { url?: string } } };

/** Events that run script, by the name the trace gives them. */
const SCRIPT = new Set(['EvaluateScript', 'v8.evaluateModule', 'v8.compileModule', 'v8.compile', 'FunctionCall', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'v8.produceModuleCache', 'V8.GC_SCAVENGER', 'MajorGC', 'MinorGC']);
const PARSE = new Set(['ParseHTML', 'ParseAuthorStyleSheet']);
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'HitTest', 'RecalculateStyles']);

export interface LongTask {
  /** Start, from navigation. */
  at: number;
  duration: number;
  script: number;
  parse: number;
  render: number;
  /** The script that took longest in it, if any. */
  source: string;
}

export interface PageTasks {
  /** From navigation: the load event, and when the page answers in place (src/app/App.tsx); null for the floor, which never does. */
  load: number;
  ready: number | null;
  long: LongTask[];
  /** Tasks over 50 ms that spent half their time or more running script. */
  scriptLong: LongTask[];
}

export async function launchSlowBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}

async function slowPage(browser: Browser, viewport = { width: 412, height: 823 }): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

/** Loads `url` in a fresh page with a trace running, until it has been quiet for two seconds. */
export async function traceLoad(browser: Browser, url: string): Promise<PageTasks> {
  const page = await slowPage(browser);
  // Before the page's own scripts, when the document has no root element yet.
  await page.addInitScript(`new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.ready !== 'true') return;
    window.benchReady = performance.now();
    observer.disconnect();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] })`);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'toplevel', 'blink.user_timing'] });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The map loads once its frame nears the viewport, then settles.
  await page.waitForTimeout(3000);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const times = await page.evaluate(() => ({
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    ready: (window as unknown as { benchReady?: number }).benchReady ?? null,
  }));
  await page.close();
  return { ...times, ...longTasks(trace.traceEvents, url) };
}

function longTasks(events: TraceEvent[], url: string): Pick<PageTasks, 'long' | 'scriptLong'> {
  // The renderer main thread that parsed this page.
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url));
  const main = parse ? { pid: parse.pid, tid: parse.tid } : null;
  if (!main) throw new Error(`no HTML parsing of ${url} in the trace`);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? parse!.ts;
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur! / 1000 > LONG && e.ts >= navigation);
  const long = tasks.map((task): LongTask => {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    // Outermost events of each kind only, so nested ones are not counted twice.
    const outer = (kinds: Set<string>) => inside.filter((e) => kinds.has(e.name) && !inside.some((p) => p !== e && kinds.has(p.name) && p.ts <= e.ts && p.ts + p.dur! >= e.ts + e.dur! && p.dur! > e.dur!));
    const sum = (list: TraceEvent[]) => list.reduce((n, e) => n + e.dur! / 1000, 0);
    const scripts = outer(SCRIPT);
    const longest = [...scripts].sort((a, b) => b.dur! - a.dur!)[0];
    const data = (longest?.args?.data ?? {}) as { url?: string; functionName?: string; type?: string };
    return {
      at: (task.ts - navigation) / 1000,
      duration: task.dur! / 1000,
      script: sum(scripts),
      parse: sum(outer(PARSE)),
      render: sum(outer(RENDER)),
      source: longest ? `${longest.name}${data.type ? ` ${data.type}` : ''} ${(data.url ?? '').replace(/^.*\//, '') || data.functionName || ''}`.trim() : '',
    };
  });
  return { long, scriptLong: long.filter((t) => t.script >= t.duration / 2) };
}

export function printTasks(page: string, ours: PageTasks, floor: PageTasks): void {
  console.log(`\nMain-thread tasks over ${LONG} ms loading ${page} (Chromium, CPU ×${CPU_SLOWDOWN}, until quiet)`);
  const rows = (who: string, tasks: PageTasks) =>
    tasks.long.map((t) => [who, ms(t.at), ms(t.duration), ms(t.script), ms(t.parse), ms(t.render), tasks.scriptLong.includes(t) ? 'script' : 'page', t.source]);
  const all = [...rows('ours', ours), ...rows('floor', floor)];
  if (all.length > 0) console.log(table(['page', 'at', 'task', 'script', 'parse', 'render', 'mostly', 'longest script in it'], all));
  const longest = (tasks: PageTasks) => Math.max(0, ...tasks.scriptLong.map((t) => t.duration));
  console.log(`script tasks over ${LONG} ms: ours ${ours.scriptLong.length} (longest ${ms(longest(ours))}), floor ${floor.scriptLong.length}; target: none`);
  console.log(`load event: ours ${ms(ours.load)}, floor ${ms(floor.load)}; ours answers in place at ${ours.ready === null ? 'never' : ms(ours.ready)}`);
}

export interface Interaction {
  name: string;
  /** Event Timing's duration: input to the next paint after its handlers. */
  eventDuration: number;
  /** Input to the paint that shows the result. */
  shown: number;
}

/**
 * After the page is quiet, clicks as `click` does and times, from the input,
 * the event's own duration and the paint that shows an element matching
 * `shownBy`.
 */
export async function timeClick(browser: Browser, url: string, name: string, click: (page: Page) => Promise<void>, shownBy: string): Promise<Interaction> {
  const page = await slowPage(browser);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(2000);
  // As text: the bench's own compiler would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const bench = (window.bench = { events: [] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16 });
    addEventListener('pointerdown', (e) => (bench.input ??= e.timeStamp), { capture: true });
    const check = () => {
      if (bench.input !== undefined && document.querySelector(${JSON.stringify(shownBy)})) {
        requestAnimationFrame(() => setTimeout(() => (bench.shown ??= performance.now())));
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`);
  await click(page);
  await page.waitForFunction(() => (window as unknown as { bench: { shown?: number } }).bench.shown !== undefined, undefined, { timeout: 30_000 });
  const result = await page.evaluate(() => (window as unknown as { bench: { events: Array<{ name: string; start: number; duration: number }>; shown: number; input: number } }).bench);
  await page.close();
  const clicks = result.events.filter((e) => e.name === 'click' || e.name === 'pointerup' || e.name === 'pointerdown');
  return { name, eventDuration: Math.max(0, ...clicks.map((e) => e.duration)), shown: result.shown - result.input };
}

export function printInteractions(interactions: Interaction[]): void {
  console.log(`\nFrom a click to its result (Chromium, CPU ×${CPU_SLOWDOWN}, the page quiet first; target: within 100 ms)`);
  console.log(table(['interaction', 'event duration', 'result shown'], interactions.map((i) => [i.name, ms(i.eventDuration), ms(i.shown)])));
}
