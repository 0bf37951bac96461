import { NOT_FOUND_STATUS, SEED, at, crawlStatements, expect, test } from './fixtures.ts';

// The site built for a sub-folder (/bhent/) on a plain static server: no
// rewrites, so every deep link must be a real file.

test('deep links in both languages open from a sub-folder', async ({ page }) => {
  await page.goto(`/bhent/en${SEED}/meetings/kg/`);
  await expect(page.getByRole('article', { name: 'Kyrgyzstan' }).getByText('Selected meeting')).toBeVisible();
  await page.getByRole('link', { name: 'हिन्दी' }).click();
  await expect(page).toHaveURL(at(`/bhent/hi${SEED}/meetings/kg/`));
  await expect(page.getByRole('article', { name: 'किर्गिस्तान' })).toBeVisible();

  await page.goto(`/bhent/hi${SEED}/article/`);
  await expect(page.getByRole('heading', { level: 1, name: 'मूल समाचार' })).toBeVisible();
  await page.getByRole('link', { name: 'इल्हाम अलीयेव · अजरबैजान के साथ मुलाकात' }).first().click();
  await expect(page).toHaveURL(at(`/bhent/hi${SEED}/meetings/az/`));

  await page.goto(`/bhent/en${SEED}/article/`);
  await expect(page.getByRole('heading', { level: 1, name: 'The original report' })).toBeVisible();
  for (const href of await page.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    if (href.startsWith('/')) expect(href).toMatch(/^\/bhent\//);
  }
});

test('the map loads under the sub-folder too', async ({ page }) => {
  await page.goto(`/bhent/en${SEED}/`);
  const map = page.getByRole('region', { name: 'Map of the countries met and the venues' });
  await map.getByRole('link', { name: 'Belarus' }).click();
  await expect(page).toHaveURL(at(`/bhent/en${SEED}/meetings/by/`));
});

test('an unknown path gets the not-found page, then the right language', async ({ page, watch }) => {
  watch.expect(NOT_FOUND_STATUS);
  const response = await page.goto('/bhent/en/nowhere');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the reports' }).click();
  await expect(page).toHaveURL(/\/bhent\/en\/$/);
});

test('a Hindi page fetches its Devanagari font at once, from the site itself; an English page does not preload it', async ({ page }) => {
  await page.goto('/bhent/hi/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('राजनयिक मुलाकातों के हिन्दी समाचार');
  const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(preloaded.length).toBeGreaterThan(0);
  for (const font of preloaded) expect(font).toMatch(/^\/bhent\/assets\/noto-sans-devanagari-\d+-[\w-]+\.woff2$/);
  await page.goto('/bhent/en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hindi reports of diplomatic meetings');
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every report of seeds/, and every statement in it, is reached through links from the front page', async ({ page }) => {
    test.setTimeout(120_000);
    const { reports, missing } = await crawlStatements(page, '/bhent');
    expect(reports.length).toBeGreaterThanOrEqual(9);
    expect(missing).toEqual([]);
  });

  test('a reader still gets the headline, every card and every statement', async ({ page }) => {
    await page.goto(`/bhent/hi${SEED}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('शी चिनफिंग ने थ्येनचिन में किर्गिस्तान, अजरबैजान और बेलारूस के राष्ट्रपतियों से भेंट की');
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(page.getByRole('listitem').filter({ hasText: 'लुकाशंको ने कहा कि बेलारूस चीन का हर मौसम में साझेदार' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: "Lukashenko said that Belarus is China's all-weather partner" })).toBeVisible();
    await expect(page.getByText('नक्शा लोड हो रहा है…')).toBeVisible();
    await page.goto(`/bhent/en${SEED}/meetings/az/`);
    await expect(page.getByRole('article', { name: 'Azerbaijan' })).toContainText('Aliyev said that Azerbaijan and China have established');
  });
});
