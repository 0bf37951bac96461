import AxeBuilder from '@axe-core/playwright';
import { crawlStatements, expect, open, test, type Page } from './fixtures.ts';

// The demo collection (tests/fixtures/genre): eleven fictional reports,
// nineteen countries, six of them without their English yet.

/** Every report of the site, from its data, as the front page lists them. */
async function reportsOf(page: Page): Promise<Array<{ id: string; translated: boolean }>> {
  const response = await page.request.get('/data/summaries.json');
  return (await response.json()) as Array<{ id: string; translated: boolean }>;
}

test('every report is reached from the front page by clicking its headline', async ({ page }) => {
  const reports = await reportsOf(page);
  expect(reports.length).toBe(11);
  // Twenty-two page changes: in place once the page answers, as a reader who stays a while goes from page to page.
  test.setTimeout(90_000);
  await open(page, '/en/');
  for (const { id } of reports) {
    const list = page.getByRole('list', { name: /The newest 11 reports/ });
    const link = list.locator(`a[href="/en/reports/${id}/"]`).first();
    const headline = (await link.textContent())!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/en/reports/${id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/$/);
  }
});

test('the map of every country met: a click opens the country, and its meeting opens the card', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('.map-frame').first().scrollIntoViewIfNeeded();
  const region = page.getByRole('region', { name: /Map of every country met/ });
  const kenya = region.getByRole('link', { name: 'Kenya: 1 meeting' });
  await expect(kenya).toBeVisible({ timeout: 15_000 });
  await expect(region.getByRole('link', { name: 'India: 8 meetings' })).toBeVisible();
  await kenya.click();
  await expect(page).toHaveURL(/\/en\/countries\/ke\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings with Kenya');
  // Kenya came visiting: its meeting is named by whom it met.
  await page.getByRole('link', { name: 'India · Arvind Sethi' }).click();
  await expect(page).toHaveURL(/\/en\/reports\/2025-04-02-delhi-kenya\/meetings\/ke\/$/);
  const card = page.getByRole('article', { name: 'Kenya' });
  await expect(card.getByText('Selected meeting')).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Joseph Kimani said' })).toBeVisible();
});

test('a country on the map of every country is reached with Tab and opened with Enter', async ({ page }) => {
  await page.goto('/hi/');
  await page.locator('.map-frame').first().scrollIntoViewIfNeeded();
  const fiji = page.getByRole('link', { name: /^फिजी: 1 मुलाकात$/ });
  await expect(fiji).toBeAttached({ timeout: 15_000 });
  await fiji.focus();
  await expect(fiji).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/hi\/countries\/fj\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('फिजी के साथ मुलाकातें');
});

test('a person page gathers what one leader said in two reports, each sentence linked to its place', async ({ page }) => {
  await page.goto('/en/people/aravind-sethi/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arvind Sethi');
  // Spelled अरविंद in one report and अरविन्द in the other: one person.
  await expect(page.getByText(/Spelled in the reports: .*अरविन्द सेठी.*अरविंद सेठी|Spelled in the reports: .*अरविंद सेठी.*अरविन्द सेठी/)).toBeVisible();
  const reports = page.getByRole('article');
  await expect(reports).toHaveCount(2);
  await expect(reports.nth(0).getByRole('heading', { level: 2 })).toContainText('Ulaanbaatar');
  await expect(reports.nth(1).getByRole('heading', { level: 2 })).toContainText('Kenya');
  await expect(reports.nth(0).getByText('Sethi said that India and Mongolia share a spiritual bond in Buddhism.')).toHaveAttribute('lang', 'en');
  await reports.nth(1).getByRole('link', { name: 'Read it in the report' }).first().click();
  await expect(page).toHaveURL(/\/en\/reports\/2025-04-02-delhi-kenya\/article\/#p2\.s1$/);
  await expect(page.locator('[id="p2.s1"]')).toBeFocused();
});

test('a report without its English yet: Hindi text, a notice, and a headline built from its data', async ({ page }) => {
  const reports = await reportsOf(page);
  expect(reports.filter((r) => !r.translated).map((r) => r.id)).toContain('2025-09-30-foreign-ministers');
  await page.goto('/en/reports/2025-09-30-foreign-ministers/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Minister of External Affairs of India meets the Minister of Foreign Affairs of Chile');
  await expect(page.getByRole('note')).toHaveText('English translation not yet available: the report is shown in Hindi.');
  const card = page.getByRole('article', { name: 'Chile' });
  await expect(card.getByText('पाज़ ने कहा कि चिली भारत के साथ अंटार्कटिक अनुसंधान में भी सहयोग करना चाहता है।')).toHaveAttribute('lang', 'hi');
  // What no rule attributes stands apart, under no one's name.
  const unattributed = card.getByRole('region', { name: 'Not attributed to a speaker' });
  await expect(unattributed.getByText(/^विदेश मंत्रालय के प्रवक्ता ने बताया/)).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await page.getByRole('link', { name: 'हिन्दी' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('अनिल देशमुख की चिली के विदेश मंत्री रोड्रिगो पाज़ से मुलाकात');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('a call, not a visit: the card says how the leaders spoke and that no one hosted, and the map draws no venue, no journey and no host', async ({ page }) => {
  await page.goto('/en/reports/2025-12-10-phone-call/');
  const card = page.getByRole('article', { name: 'Norway' });
  await expect(card.getByRole('term').filter({ hasText: 'How' })).toBeVisible();
  await expect(card.getByRole('definition').filter({ hasText: 'By telephone' })).toBeVisible();
  await expect(card.getByRole('definition').filter({ hasText: 'None (a call)' })).toBeVisible();
  await expect(card.getByRole('term').filter({ hasText: 'Venue' })).toHaveCount(0);
  const key = page.locator('.bhent-map__legend-list');
  await expect(key.getByText('Countries met')).toBeVisible();
  await expect(key.getByText('Venue')).toHaveCount(0);
  await expect(key.getByText('Capital to venue')).toHaveCount(0);
  await expect(key.getByText('Host country')).toHaveCount(0);
  const region = page.locator('.leaflet-container');
  await page.locator('.map-frame').scrollIntoViewIfNeeded();
  await expect(region.getByRole('link', { name: 'Norway' })).toBeAttached({ timeout: 15_000 });
  await expect(region.locator('path.bhent-map__route, path.bhent-map__venue, path.bhent-map__hosted')).toHaveCount(0);
  await page.getByRole('link', { name: 'हिन्दी' }).click();
  const hindi = page.getByRole('article', { name: 'नॉर्वे' });
  await expect(hindi.getByRole('term')).toHaveText(['मेजबान', 'तारीख', 'माध्यम']);
  await expect(hindi.getByRole('definition')).toHaveText([/^कोई नहीं \(दूर से बातचीत\) समाचार में: “फोन पर”$/, /^10 दिसंबर 2025 /, 'फोन पर समाचार में: “फोन पर”']);
});

test('filters live in the address: they survive a reload, and back and forward', async ({ page }) => {
  await page.goto('/en/');
  const filters = page.getByRole('search', { name: 'Filter the reports' });
  await filters.getByLabel('Country').selectOption({ label: 'India' });
  await expect(page).toHaveURL(/\/en\/\?country=in$/);
  await expect(page.getByRole('heading', { level: 2, name: '6 reports match' })).toBeVisible();
  await filters.getByLabel('Person').focus();
  await filters.getByLabel('Person').selectOption({ label: 'Arvind Sethi' });
  await expect(page).toHaveURL(/\/en\/\?country=in&person=aravind-sethi$/);
  await expect(page.getByRole('heading', { level: 2, name: '2 reports match' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '2 reports match' })).toBeVisible();
  await expect(page.getByRole('search').getByLabel('Country')).toHaveValue('in');
  await expect(page.getByRole('search').getByLabel('Person')).toHaveValue('aravind-sethi');

  await page.goBack();
  await expect(page).toHaveURL(/\/en\/\?country=in$/);
  await expect(page.getByRole('heading', { level: 2, name: '6 reports match' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'The newest 11 reports' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: '6 reports match' })).toBeVisible();
  await page.getByRole('button', { name: 'Show every report' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
});

for (const path of ['/hi/', '/en/', '/en/countries/in/', '/hi/countries/fj/', '/en/people/aravind-sethi/', '/hi/people/sudha-raghavan/', '/en/years/2025/', '/en/reports/2025-09-30-foreign-ministers/', '/hi/reports/2025-06-09-delhi-three-presidents/']) {
  test(`no accessibility violations, console errors or requests elsewhere: ${path}`, async ({ page }) => {
    // axe reads every element of the page twice, the map's included: slow on a busy machine.
    test.setTimeout(60_000);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const frame = page.locator('.map-frame');
    if (await frame.count()) {
      await frame.first().scrollIntoViewIfNeeded();
      await expect(page.locator('.leaflet-container [role="link"]').first()).toBeAttached({ timeout: 15_000 });
    }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every report, and every statement in it, is reached through links from the front page', async ({ page }) => {
    test.setTimeout(120_000);
    const { reports, missing } = await crawlStatements(page);
    expect(reports).toHaveLength(11);
    expect(missing).toEqual([]);
  });
});
