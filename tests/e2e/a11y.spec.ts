import AxeBuilder from '@axe-core/playwright';
import { NOT_FOUND_STATUS, SEED, expect, test } from './fixtures.ts';

// axe with the WCAG 2.x A and AA rules, on every route in both languages,
// light and dark, desktop and phone.
// Cards whose facts stand on an editor's decision (with its reason to open), on a host met, on a call.
const FACTS = ['/hi/reports/2023-09-11-cri-liqiang-biden-g20/meetings/us/', '/en/reports/2014-11-21-cri-xi-fiji-president/', '/en/reports/2024-12-18-ibc24-bhasha-jaishankar-saar-phone/meetings/il/'];
const PATHS = ['/', '/hi/', '/en/', `/hi${SEED}/meetings/kg/`, `/en${SEED}/meetings/az/`, `/hi${SEED}/`, `/hi${SEED}/article/`, `/en${SEED}/article/`, '/en/countries/cn/', '/hi/people/xi-jinping/', '/en/years/2025/', '/en/nope', '/hi/nope', ...FACTS];
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of PATHS) {
    test(`no accessibility violations: ${path} ${scheme}, desktop and phone`, async ({ page, watch }) => {
      // axe reads every element of the page at two sizes, the map's included: slow on a busy machine.
      test.setTimeout(60_000);
      watch.expect(NOT_FOUND_STATUS);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // "/" sends the reader on to a language once its code runs: check the page they land on, not the swap.
      if (path === '/') await page.waitForURL(/\/(hi|en)\/$/u);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const [device, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        // Check the map too, once it has drawn its countries.
        if (await page.locator('.map-frame').count()) {
          await page.locator('.map-frame').first().scrollIntoViewIfNeeded();
          await expect(page.locator('.leaflet-container [role="link"]').first()).toBeAttached({ timeout: 15_000 });
        }
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const found = results.violations.map((v) => `${device}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(found).toEqual([]);
      }
    });
  }
}
