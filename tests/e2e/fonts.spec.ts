import { SEED, expect, open, test, type Page } from './fixtures.ts';

/** The fonts the browser drew an element's text with, and how many glyphs each. */
async function fontsOf(page: Page, selector: string): Promise<Array<{ familyName: string; glyphCount: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

const systemHasDevanagari = (page: Page) =>
  page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = '32px sans-serif';
    return context.measureText('कखगघ').width !== context.measureText('\u0378\u0379\u0380\u0381').width;
  });

test('on a system with no Devanagari font, an English page still draws its Hindi words in letters, not boxes', async ({ page }) => {
  await open(page, `/en${SEED}/meetings/kg/`);
  test.skip(await systemHasDevanagari(page), 'this system draws Devanagari with a font of its own');
  const card = page.getByRole('article', { name: 'Kyrgyzstan' });
  await expect(card.locator('[lang="hi"]').first()).toBeVisible();
  // The site's font, fetched after the page has painted, then drawn: once loaded, the text is redrawn with it.
  await expect.poll(async () => (await fontsOf(page, '.meeting-card [lang="hi"]')).map((f) => f.familyName), { timeout: 10_000 }).toContain('Noto Sans Devanagari');
});
