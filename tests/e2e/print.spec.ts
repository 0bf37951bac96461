import { SEED, expect, test } from './fixtures.ts';

test('a meeting prints as clean bilingual text, without map or controls', async ({ page }) => {
  await page.goto(`/en${SEED}/meetings/az/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.leaflet-container, .map-frame').first()).toBeHidden();
  await expect(page.getByRole('radiogroup').or(page.getByRole('group', { name: 'Show statements in' }))).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Language' })).toBeHidden();
  const card = page.getByRole('article', { name: 'Azerbaijan' });
  await expect(card.getByText('Aliyev said that Azerbaijan and China have established')).toBeVisible();
  await expect(card.getByText('अलीयेव ने बताया कि अजरबैजान और चीन ने')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the article prints with every sentence in both languages', async ({ page }) => {
  await page.goto(`/hi${SEED}/article/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('(साभार- चाइना मीडिय ग्रुप, पेइचिंग)')).toBeVisible();
  await expect(page.getByText('(Courtesy: China Media Group, Beijing)')).toBeVisible();
  await expect(page.getByRole('link', { name: /शी चिनफिंग · / }).first()).toBeHidden();
  const colors = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(colors).toBe('rgb(0, 0, 0)');
});

test('a meeting prints each fact with its footing, an editor’s reason included, which on paper cannot be opened', async ({ page }) => {
  await page.goto('/en/reports/2023-09-11-cri-liqiang-biden-g20/meetings/us/');
  await page.emulateMedia({ media: 'print' });
  const card = page.getByRole('article', { name: 'United States' });
  await expect(card.getByText(/^The report sets the talks in the hall of the G20 summit/)).toBeVisible();
  await expect(card.getByText('Reported on 11 September 2023')).toBeVisible();
});
