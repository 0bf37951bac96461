import { SEED, at, expect, open, test, type Page } from './fixtures.ts';

/** Presses Tab until `locator` has focus; fails if it never does. */
async function tabTo(page: Page, name: string, role: 'link' | 'radio' = 'link', limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', tag: el?.tagName ?? '', type: (el as HTMLInputElement | null)?.type ?? '' };
    });
    const isRole = role === 'radio' ? focused.type === 'radio' : focused.tag === 'A' || focused.tag === 'path';
    if (isRole && (role === 'radio' || focused.name === name || focused.name.startsWith(name))) return;
  }
  throw new Error(`Tab never reached ${role} "${name}"`);
}

/** The focused element shows it: an outline, or, for a country drawn on the map, the map's focus stroke around its shape. */
async function expectVisibleFocus(page: Page) {
  const visible = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    if (el instanceof SVGPathElement) {
      const focusColour = getComputedStyle(el.closest('.bhent-map')!).getPropertyValue('--bhent-map-focus').trim();
      const probe = document.createElement('span');
      probe.style.color = focusColour;
      document.body.append(probe);
      const expected = getComputedStyle(probe).color;
      probe.remove();
      return style.stroke === expected && parseFloat(style.strokeWidth) >= 3;
    }
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
  expect(visible, 'the focused element shows that it has focus').toBe(true);
}

test('keyboard only: open each meeting, switch language and display mode, return to the overview', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, `/en${SEED}/`);
  const status = page.getByRole('status').filter({ hasText: /./ }).first();

  for (const [country, id] of [['Kyrgyzstan', 'kg'], ['Azerbaijan', 'az'], ['Belarus', 'by']] as const) {
    await tabTo(page, country);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(at(`/en${SEED}/meetings/${id}/`));
    const heading = page.getByRole('heading', { level: 3, name: country });
    await expect(heading).toBeFocused();
    await expectVisibleFocus(page);
    await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveText(new RegExp(country));
  }

  await tabTo(page, 'हिन्दी');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(at(`/hi${SEED}/meetings/by/`));
  await expect(page.getByRole('link', { name: 'हिन्दी' })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');

  await tabTo(page, '', 'radio');
  await expect(page.getByRole('radio', { name: 'दोनों' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'अंग्रेजी' })).toBeChecked();
  await expectVisibleFocus(page);
  await expect(page.getByRole('article', { name: 'बेलारूस' }).getByText('बेलारूस चीन के साथ विभिन्न क्षेत्रों का सहयोग गहराने को तैयार है।')).toHaveCount(0);

  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 80; i++) {
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'मुलाकातें') break;
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(at(`/hi${SEED}/`));
  await expect(page.getByText('चुनी गई मुलाकात')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  void status;
});

test('after following a link that leaves with its page, focus lands on the new page heading', async ({ page }) => {
  await open(page, `/en${SEED}/meetings/kg/`);
  const link = page.getByRole('article', { name: 'Kyrgyzstan' }).getByRole('link', { name: 'Read these sentences in the original report' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(at(`/en${SEED}/article/#p2.s1`));
  await expect(page.locator('[id="p2.s1"]')).toBeFocused();
  await page.getByRole('link', { name: 'Back to the meetings' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveText(/Tianjin/);
});
