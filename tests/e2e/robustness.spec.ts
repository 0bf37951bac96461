import { NOT_FOUND_STATUS, SEED, at, expect, map, test } from './fixtures.ts';

test('a malformed URL (bad percent-encoding) gets a clear message, not a blank page', async ({ page, watch }) => {
  watch.expect(NOT_FOUND_STATUS);
  await page.goto(`/en${SEED}/meetings/%E0%A4%`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the reports' })).toBeVisible();
});

test('a very long path is not found, in the right language', async ({ page, watch }) => {
  watch.expect(NOT_FOUND_STATUS);
  // Long, yet within what servers accept in a request line (about 9 kB encoded).
  await page.goto(`/hi/${'क'.repeat(1000)}`);
  await expect(page.getByRole('heading', { name: 'पेज नहीं मिला' })).toBeVisible();
});

test('an unknown meeting, report or country is not found, with a way back to the reports', async ({ page, watch }) => {
  watch.expect(NOT_FOUND_STATUS);
  for (const path of [`/en${SEED}/meetings/zz/`, '/en/reports/no-such-report/', '/en/countries/zz/', '/en/people/nobody/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Go to the reports' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hindi reports of diplomatic meetings');
});

test('when the map cannot load, the text still works and says so in the current language', async ({ page, watch }) => {
  watch.expect(/^console error: Failed to load resource: net::ERR_FAILED/);
  watch.expect(/^console error: .*(map-chunk|dynamically imported module)/);
  await page.route('**/assets/map-chunk-*', (route) => route.abort('failed'));
  await page.goto(`/hi${SEED}/`);
  // The map is asked for once the page answers in place, which waits for the page to load: as long as the map helper gives it.
  await expect(page.getByRole('alert')).toHaveText('नक्शा लोड नहीं हो सका। सभी मुलाकातें नीचे की सूची में हैं।', { timeout: 15_000 });
  await page.getByRole('list', { name: 'जिन देशों से मुलाकात हुई' }).getByRole('link', { name: /बेलारूस/ }).click();
  await expect(page).toHaveURL(at(`/hi${SEED}/meetings/by/`));
  await expect(page.getByRole('article', { name: 'बेलारूस' }).getByText('चुनी गई मुलाकात')).toBeVisible();
});

test('the front page with filters in its address lists every report as printed when the app cannot start', async ({ page, watch }) => {
  watch.expect(/^console error: Failed to load resource: net::ERR_FAILED/);
  watch.expect(/^uncaught: .*(hydrate|dynamically imported module)/);
  await page.route('**/assets/hydrate-*', (route) => route.abort('failed'));
  await page.goto('/en/?country=kg');
  const list = page.getByRole('list', { name: /The newest \d+ reports/ });
  await expect(list.getByRole('link', { name: /Kyrgyzstan/ }).first()).toBeVisible();
});

test('the map loads and fits the selection when the reader scrolls to it on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/en${SEED}/meetings/az/`);
  const region = await map(page);
  await expect(region.getByRole('link', { name: 'Azerbaijan' })).toHaveAttribute('aria-current', 'true');
});
