import { SEED, at, expect, map, test, type Page } from './fixtures.ts';

// Every fact a meeting card states carries its footing: the report's own
// words, linked to the sentence that holds them; an editor's decision with
// its reason; or, said plainly, that the report does not state it.

const report = (id: string) => `/reports/${id}`;
const TOKYO = report('2016-08-25-cri-wangyi-kishida-tokyo');
const G20 = report('2023-09-11-cri-liqiang-biden-g20');
const CALL = report('2024-12-18-ibc24-bhasha-jaishankar-saar-phone');
const FIJI = report('2014-11-21-cri-xi-fiji-president');

/** What a card states for one fact, found by the fact's name. */
function fact(page: Page, card: string, term: string) {
  return page
    .getByRole('article', { name: card })
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::*[1]');
}

test('Wang Yi and Kishida: held on 24 August 2016 in Tokyo, the words «24 अगस्त» leading to their sentence; no host stated', async ({ page }) => {
  await page.goto(`/en${TOKYO}/meetings/jp/`);
  await expect(fact(page, 'Japan', 'Held')).toHaveText('24 August 2016 in the report: “24 अगस्त”');
  await expect(fact(page, 'Japan', 'Venue')).toHaveText('Tokyo in the report: “तोक्यो”');
  await expect(fact(page, 'Japan', 'Host')).toHaveText('Not stated in the report');
  const words = fact(page, 'Japan', 'Held').getByRole('link', { name: '24 अगस्त' });
  await expect(words).toHaveAttribute('lang', 'hi');
  await words.click();
  await expect(page).toHaveURL(at(`/en${TOKYO}/article/#p1.s1`));
  const sentence = page.locator('[id="p1.s1"]');
  await expect(sentence).toBeFocused();
  await expect(sentence).toContainText('24 अगस्त');
  await expect(sentence).toContainText('तोक्यो');
});

test('Li Qiang and Biden: the day is not stated, and the card says the report was filed on 11 September 2023', async ({ page }) => {
  await page.goto(`/en${G20}/meetings/us/`);
  const held = fact(page, 'United States', 'Held');
  await expect(held).toHaveText('Not stated in the report Reported on 11 September 2023');
  await expect(held.locator('time')).toHaveAttribute('datetime', '2023-09-11');
  await expect(page.getByRole('article', { name: 'United States' })).not.toContainText('Held on');
  // The venue is an editor's decision: its reason, in English, opens in place.
  const venue = fact(page, 'United States', 'Venue');
  await expect(venue).toContainText('New Delhi');
  const reason = venue.getByText(/^The report sets the talks in the hall of the G20 summit/);
  await expect(reason).toBeHidden();
  await venue.getByText('Editor’s decision').click();
  await expect(reason).toBeVisible();
  await expect(reason).toHaveAttribute('lang', 'en');
});

test('the same in Hindi', async ({ page }) => {
  await page.goto(`/hi${G20}/meetings/us/`);
  await expect(fact(page, 'अमेरिका', 'तारीख')).toHaveText('समाचार में नहीं बताया गया समाचार 11 सितंबर 2023 को प्रकाशित हुआ');
});

test('Jaishankar and Sa’ar spoke by telephone: no host and no venue, on the card and on the map', async ({ page }) => {
  await page.goto(`/en${CALL}/meetings/il/`);
  await expect(fact(page, 'Israel', 'How')).toHaveText('By telephone in the report: “फोन पर”');
  await expect(fact(page, 'Israel', 'Host')).toHaveText('None (a call) in the report: “फोन पर”');
  await expect(page.getByRole('article', { name: 'Israel' }).getByRole('term')).toHaveText(['Host', 'Held', 'How']);
  const region = await map(page);
  await expect(region.getByRole('link', { name: 'Israel' })).toBeAttached();
  await expect(region.locator('path.bhent-map__route, path.bhent-map__venue, path.bhent-map__hosted')).toHaveCount(0);
  const key = page.locator('.bhent-map__legend-list');
  await expect(key.getByText('Countries met')).toBeVisible();
  for (const absent of ['Host country', 'Venue', 'Capital to venue']) await expect(key.getByText(absent)).toHaveCount(0);
});

test('Xi and Fiji’s president: the card names Fiji’s president as host, with the words that say so; the map marks Fiji', async ({ page }) => {
  await page.goto(`/hi${FIJI}/meetings/fj/`);
  const host = fact(page, 'फिजी', 'मेजबान');
  await expect(host).toHaveText('एपेली नाईलटिकाओ समाचार में: “शी चिनफिंग के स्वागत”');
  const region = await map(page);
  await expect(page.locator('.bhent-map__legend-list').getByText('मेजबान देश')).toBeVisible();
  await expect(region.locator('path.bhent-map__hosted')).toHaveCount(1);
  await host.getByRole('link', { name: 'शी चिनफिंग के स्वागत' }).click();
  await expect(page).toHaveURL(at(`/hi${FIJI}/article/#p4.s1`));
  await expect(page.locator('[id="p4.s1"]')).toContainText('शी चिनफिंग के स्वागत');
});

test('the map marks a host only where the report establishes one, and draws no journey within the venue’s country', async ({ page }) => {
  await page.goto(`/en${SEED}/`);
  let region = await map(page);
  await expect(page.locator('.bhent-map__legend-list').getByText('Host country')).toBeVisible();
  await expect(region.locator('path.bhent-map__hosted')).toHaveCount(1);
  // Bishkek, Baku and Minsk to Tianjin; none from Beijing, in China, where they met.
  await expect(region.locator('path.bhent-map__route')).toHaveCount(3);

  await page.goto(`/en${TOKYO}/`);
  region = await map(page);
  await expect(region.getByRole('link', { name: 'Japan' })).toBeAttached();
  await expect(page.locator('.bhent-map__legend-list').getByText('Host country')).toHaveCount(0);
  await expect(region.locator('path.bhent-map__hosted')).toHaveCount(0);
  // Wang Yi came from Beijing; Kishida was at home.
  await expect(region.locator('path.bhent-map__route')).toHaveCount(1);
});

test('the meeting’s former address (named after China, the visitor’s country) leads on to Japan’s, with and without JavaScript', async ({ page, browser }) => {
  await page.goto(`/en${TOKYO}/meetings/cn/`);
  await expect(page).toHaveURL(at(`/en${TOKYO}/meetings/jp/`));
  await expect(page.getByRole('article', { name: 'Japan' }).getByText('Selected meeting')).toBeVisible();
  const plain = await browser.newPage({ javaScriptEnabled: false });
  await plain.goto(`/hi${TOKYO}/meetings/cn/`);
  await expect(plain).toHaveURL(at(`/hi${TOKYO}/meetings/jp/`));
  await expect(plain.getByRole('article', { name: 'जापान' })).toBeVisible();
  await plain.close();
});
