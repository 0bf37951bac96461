import { expect, test } from './fixtures.ts';

// A site built from tests/fixtures/hostile: tags, scripts, javascript: links,
// a 5,000-character line, right-to-left overrides, emoji and zero-width
// joiners, in the report and in its translation. All of it must stay text.

const REPORT = '/reports/2025-09-01-hostile';
const PAGES = ['/hi/', '/en/', `/en${REPORT}/`, `/en${REPORT}/meetings/kz/`, `/hi${REPORT}/meetings/by/`, `/en${REPORT}/article/`, `/hi${REPORT}/article/`, '/en/countries/kz/', '/en/people/xi-jinping/'];

for (const path of PAGES) {
  test(`${path}: hostile text shows as text, runs nothing and injects no element`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');

    await expect(page.getByText('<script>window.__pwned = 1</script>').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    const injected = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => !s.src).length,
      images: document.querySelectorAll('img').length,
      bold: document.querySelectorAll('main b, main i').length,
      javascriptLinks: [...document.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    expect(injected).toEqual({ scripts: 0, images: 0, bold: 0, javascriptLinks: 0, handlers: 0 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the 5,000-character line wraps').toBeLessThanOrEqual(0);
  });
}

test('the headline with markup is the page title as text', async ({ page }) => {
  await page.goto(`/en${REPORT}/`);
  await expect(page).toHaveTitle(/Xi meets <b>two<\/b> presidents in Tianjin <script>/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xi meets <b>two</b> presidents in Tianjin <script>window.__pwned = 1</script>');
});
