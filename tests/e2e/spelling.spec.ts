import { resolve } from 'node:path';
import { loadReports, reportsIn } from '../../src/loader/load.ts';
import { SEED, expect, map, test } from './fixtures.ts';

// The built Hindi pages spell every country the report names as the report
// spells it, and never show the platform's spelling (किर्गिज़स्तान) beside the
// report's (किर्गिस्तान): not in the HTML, the title, the list, the cards, the
// map, its key, its tooltips or the article's attributions.

const loaded = loadReports(reportsIn(resolve('seeds')));
if (!loaded.ok) throw new Error('the seeds do not load; run npm run load');
const article = loaded.articles.find((a) => `/reports/${a.id}` === SEED)!;
const platform = new Intl.DisplayNames(['hi-IN'], { type: 'region' });
const countries = article.countries.map((c) => ({ ...c, platform: platform.of(c.code)! }));
const spelling = (code: string) => countries.find((c) => c.code === code)!.spelling;
const met = article.meetings.map((m) => spelling(m.country));
const PAGES = [`/hi${SEED}/`, ...article.meetings.map((m) => `/hi${SEED}/meetings/${m.id}/`), `/hi${SEED}/article/`];

function expectNoPlatformSpelling(text: string) {
  for (const country of countries) {
    if (country.platform !== country.spelling) expect(text, `${country.code} as the report spells it`).not.toContain(country.platform);
  }
}

test('the report does name countries the platform spells otherwise, so the check means something', () => {
  expect(countries.some((c) => c.platform !== c.spelling)).toBe(true);
});

for (const path of PAGES) {
  test(`${path} as built: every country spelled as the report spells it`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    expectNoPlatformSpelling(html);
    const meeting = article.meetings.find((m) => path.endsWith(`/${m.id}/`));
    if (meeting) expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toMatch(new RegExp(`^${spelling(meeting.country)}: `));
  });
}

for (const path of PAGES.filter((p) => !p.includes('article'))) {
  test(`${path} in the browser: list, cards, map, key and tooltips spell countries as the report does`, async ({ page }) => {
    await page.goto(path);
    const region = await map(page);
    await expect(page.getByRole('list', { name: 'जिन देशों से मुलाकात हुई' }).getByRole('link')).toHaveText(met.map((name) => new RegExp(`^${name}`)));
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(met);
    const shapes = region.getByRole('link');
    await expect(shapes).toHaveCount(met.length);
    for (const [i, name] of met.entries()) {
      await expect(shapes.nth(i)).toHaveAttribute('aria-label', name);
      await shapes.nth(i).focus();
      await expect(region.getByRole('tooltip', { name: new RegExp(`^${name}`) })).toBeVisible();
    }
    const own = countries.find((c) => c.role === 'protagonist')!;
    await expect(region.getByText(own.spelling, { exact: true })).toBeVisible();
    const seen = [await page.title(), await page.locator('body').innerText(), ...(await page.locator('[aria-label]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '')))];
    expectNoPlatformSpelling(seen.join('\n'));
  });
}

test('the article in the browser: each attribution names its country as the report does', async ({ page }) => {
  await page.goto(`/hi${SEED}/article/`);
  for (const name of met) await expect(page.getByRole('link', { name: new RegExp(` · ${name} के साथ मुलाकात$`) }).first()).toBeVisible();
  expectNoPlatformSpelling(`${await page.title()}\n${await page.locator('body').innerText()}`);
});
