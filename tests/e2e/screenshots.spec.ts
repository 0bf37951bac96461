import { SEED, expect, map, test } from './fixtures.ts';

// Pictures for people to look at (saved under test-results/, not committed).
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const path of ['/hi/', '/en/', `/hi${SEED}/`, `/en${SEED}/meetings/kg/`, `/hi${SEED}/article/`, '/en/countries/cn/', '/hi/people/s-jaishankar/']) {
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
