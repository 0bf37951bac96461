import { NOT_FOUND_STATUS, SEED, at, expect, map, test } from './fixtures.ts';

test('clicking Kyrgyzstan on the map opens Japarov’s meeting, in both languages', async ({ page }) => {
  await page.goto(`/en${SEED}/`);
  const region = await map(page);
  await region.getByRole('link', { name: 'Kyrgyzstan' }).click();
  await expect(page).toHaveURL(at(`/en${SEED}/meetings/kg/`));
  const card = page.getByRole('article', { name: 'Kyrgyzstan' });
  await expect(card.getByText('Selected meeting')).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Sadyr Japarov said' })).toBeVisible();
  await expect(card.getByText('जोपारोव ने कहा कि चीन किर्गिस्तान का अच्छा पड़ोसी और अच्छा दोस्त है।')).toBeVisible();
  await expect(card.getByText('Japarov said that China is a good neighbour and a good friend of Kyrgyzstan.')).toBeVisible();
  await expect(page).toHaveTitle(/Kyrgyzstan/);
});

test('each country met has one colour: its outline on the map is its card’s edge', async ({ page }) => {
  await page.goto(`/en${SEED}/`);
  const region = await map(page);
  const colours = [];
  for (const country of ['Kyrgyzstan', 'Azerbaijan', 'Belarus']) {
    const outline = await region.getByRole('link', { name: country }).evaluate((shape) => getComputedStyle(shape).stroke);
    const edge = await page.getByRole('article', { name: country }).evaluate((card) => getComputedStyle(card).borderTopColor);
    expect(edge, country).toBe(outline);
    colours.push(edge);
  }
  expect(new Set(colours).size).toBe(3);
});

test('a country on the map is reached with Tab and opened with Enter', async ({ page }) => {
  await page.goto(`/hi${SEED}/`);
  await map(page);
  const target = page.getByRole('link', { name: 'अजरबैजान' }).first();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (focused === 'अजरबैजान') break;
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(at(`/hi${SEED}/meetings/az/`));
  await expect(page.getByRole('heading', { level: 3, name: 'अजरबैजान' })).toBeFocused();
});

test('switching language changes the map tooltip and <html lang> without a reload', async ({ page }) => {
  await page.goto(`/hi${SEED}/meetings/by/`);
  const region = await map(page);
  await region.getByRole('link', { name: 'बेलारूस' }).hover();
  await expect(region.getByRole('tooltip', { name: /^बेलारूस/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');

  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(at(`/en${SEED}/meetings/by/`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await region.getByRole('link', { name: 'Belarus' }).hover();
  await expect(region.getByRole('tooltip', { name: /^Belarus/ })).toBeVisible();
  await expect(region.getByRole('tooltip', { name: /बेलारूस/ })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('opening a meeting directly selects it', async ({ page }) => {
  await page.goto(`/hi${SEED}/meetings/by/`);
  const card = page.getByRole('article', { name: 'बेलारूस' });
  await expect(card.getByText('चुनी गई मुलाकात')).toBeVisible();
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(card).toBeInViewport();
  await expect(page).toHaveTitle(/बेलारूस/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
});

test('back and forward move between the overview and a meeting', async ({ page }) => {
  await page.goto(`/en${SEED}/`);
  await page.getByRole('list', { name: 'Countries met' }).getByRole('link', { name: /Azerbaijan/ }).click();
  await expect(page).toHaveURL(at(`/en${SEED}/meetings/az/`));
  await expect(page.getByRole('article', { name: 'Azerbaijan' }).getByText('Selected meeting')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(at(`/en${SEED}/`));
  await expect(page.getByText('Selected meeting')).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(at(`/en${SEED}/meetings/az/`));
});

test('an unknown route shows a not-found page with a way home', async ({ page, watch }) => {
  watch.expect(NOT_FOUND_STATUS);
  await page.goto('/en/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the reports' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hindi reports of diplomatic meetings');
});

test('the article page links each sentence to its meeting', async ({ page }) => {
  await page.goto(`/hi${SEED}/article/`);
  await page.getByRole('link', { name: 'लुकाशंको · बेलारूस के साथ मुलाकात' }).first().click();
  await expect(page).toHaveURL(at(`/hi${SEED}/meetings/by/`));
});

test('addresses the site once had lead on to where their pages are now, with and without JavaScript', async ({ page, browser }) => {
  await page.goto('/en/meetings/kg/');
  await expect(page).toHaveURL(at(`/en${SEED}/meetings/kg/`));
  await expect(page.getByRole('article', { name: 'Kyrgyzstan' }).getByText('Selected meeting')).toBeVisible();
  await page.goto('/hi/article/');
  await expect(page).toHaveURL(at(`/hi${SEED}/article/`));
  const plain = await browser.newPage({ javaScriptEnabled: false });
  const response = await plain.request.get('/en/meetings/az/');
  expect(await response.text()).toContain(`<link rel="canonical" href="/en${SEED}/meetings/az/">`);
  await plain.goto('/en/meetings/az/');
  await expect(plain).toHaveURL(at(`/en${SEED}/meetings/az/`));
  await expect(plain.getByRole('article', { name: 'Azerbaijan' })).toBeVisible();
  await plain.close();
});

for (const path of ['/', '/hi/', '/en/', `/hi${SEED}/meetings/kg/`, `/en${SEED}/meetings/az/`, `/hi${SEED}/`, `/hi${SEED}/article/`, `/en${SEED}/article/`, '/en/countries/cn/', '/hi/people/xi-jinping/', '/en/nope', '/xx/']) {
  test(`${path} loads with no console error, no CSP violation and no request outside the origin`, async ({ page, watch }) => {
    if (path.endsWith('nope') || path === '/xx/') watch.expect(NOT_FOUND_STATUS);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
  });
}
