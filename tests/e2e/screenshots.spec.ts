import { SEED, expect, map, test } from './fixtures.ts';

// Pictures for people to look at (saved under test-results/, not committed).
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };
// Cards whose facts stand on different footings: the report's words, an editor's decision, not stated, a call, a host met.
const FACTS = ['/en/reports/2016-08-25-cri-wangyi-kishida-tokyo/meetings/jp/', '/hi/reports/2023-09-11-cri-liqiang-biden-g20/meetings/us/', '/en/reports/2024-12-18-ibc24-bhasha-jaishankar-saar-phone/', '/hi/reports/2014-11-21-cri-xi-fiji-president/'];

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const path of ['/hi/', '/en/', `/hi${SEED}/`, `/en${SEED}/meetings/kg/`, `/hi${SEED}/article/`, '/en/countries/cn/', '/hi/people/s-jaishankar/', ...FACTS]) {
    test(`screenshot ${device} ${path}`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      if (await page.locator('.map-frame').count()) await map(page);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'nothing overflows sideways').toBeLessThanOrEqual(0);
      const name = `${device}${path.replace(/\//g, '-')}.png`.replace('-.png', '.png');
      await page.screenshot({ path: testInfo.outputPath(name), fullPage: true });
    });
  }
}
