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
