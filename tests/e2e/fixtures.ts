import { test as base, expect, type Page } from '@playwright/test';

/** What a page did that it must not: errors logged, requests to other origins. */
export interface Watch {
  problems: string[];
  /** Problems a test expects, such as the 404 of a not-found page. */
  expect(pattern: RegExp): void;
}

/**
 * Every test watches its page: a console error, an uncaught exception, a
 * Content-Security-Policy violation or a request outside the page's own
 * origin fails the test.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const expected: RegExp[] = [];
      const watch: Watch = { problems: [], expect: (pattern) => expected.push(pattern) };
      page.on('console', (message) => {
        if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.problems.push(`request outside the origin: ${url}`);
      });
      await use(watch);
      expect(watch.problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };

/** The map region, once its chunk has loaded. */
export async function map(page: Page) {
  // The map loads once its frame nears the viewport.
  await page.locator('.map-frame').scrollIntoViewIfNeeded();
  const region = page.locator('.leaflet-container');
  await expect(region).toBeVisible({ timeout: 15_000 });
  return region;
}

/** The console error a browser logs for a page served with status 404. */
export const NOT_FOUND_STATUS = /^console error: Failed to load resource: the server responded with a status of 404/;

/** The seed's report, as its pages' addresses name it. */
export const SEED = '/reports/2025-08-31-xi-tianjin-meetings';

/** A URL ending in `path` exactly (Playwright matches a string against the whole URL). */
export function at(path: string): RegExp {
  return new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * With JavaScript off, from the Hindi front page, follows the links of the
 * prerendered pages to every report, year and country page, and returns
 * which reports it reached and which statements (sentences with a speaker,
 * from each report's data) it read on their report's page.
 */
export async function crawlStatements(page: Page, base = ''): Promise<{ reports: string[]; missing: string[] }> {
  const reports = (await (await page.request.get(`${base}/data/summaries.json`)).json()) as Array<{ id: string }>;
  const expected = new Map<string, string>();
  for (const { id } of reports) {
    const article = (await (await page.request.get(`${base}/data/reports/${id}.json`)).json()) as { sentences: Array<{ id: string; speaker: string | null; text: { hi: string } }> };
    for (const s of article.sentences) if (s.speaker) expected.set(`${id} ${s.id}`, s.text.hi);
  }
  const seen = new Set<string>();
  const found = new Set<string>();
  const queue = [`${base}/hi/`];
  const follow = new RegExp(`^${base}/hi/(reports/[^/]+/|years/\\d+/|countries/[a-z]{2}/)?$`);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    await page.goto(path);
    const report = new RegExp(`^${base}/hi/reports/([^/]+)/$`).exec(path)?.[1];
    if (report) {
      const texts = await page.locator('.statement-sentence').allTextContents();
      for (const [key, hindi] of expected) if (key.startsWith(`${report} `) && texts.some((t) => t.includes(hindi))) found.add(key);
    }
    for (const href of await page.locator(`a[href^="${base}/hi/"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#')[0]!))) {
      if (!seen.has(href) && follow.test(href)) queue.push(href);
    }
  }
  return { reports: reports.map((r) => r.id).filter((id) => seen.has(`${base}/hi/reports/${id}/`)), missing: [...expected.keys()].filter((key) => !found.has(key)) };
}

/** Opens `path` and waits until the page answers in place (it reads and links before that, as plain HTML). */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}
