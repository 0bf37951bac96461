import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE_SIZE } from '../../../src/features/map/marks.ts';
import { SHADES } from '../../../src/features/map/bins.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const mapCss = read('../../../src/features/map/map.css');
const pageCss = read('../../../src/app/styles.css');

/** The colours a stylesheet's custom properties (named after `prefix`) hold in its light block, or in its dark one. */
function block(css: string, prefix: string, dark: boolean): Map<string, string> {
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  const text = dark ? css.slice(darkStart) : css.slice(0, darkStart);
  const pattern = new RegExp(`--${prefix}([\\w-]+):\\s*(#[0-9a-f]{6});`, 'gi');
  return new Map([...text.matchAll(pattern)].map(([, name, hex]) => [name!, hex!.toLowerCase()]));
}

/** The map's colours; those of the countries met are the page's own (--counterpart-N in app/styles.css). */
function colours(dark: boolean): Map<string, string> {
  const page = block(pageCss, '', dark);
  const counterparts = [...page].filter(([name]) => name.startsWith('counterpart-'));
  return new Map([...block(mapCss, 'bhent-map-', dark), ...counterparts]);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe.each([
  ['light', false],
  ['dark', true],
])('the map’s colours in %s mode', (_, dark) => {
  const palette = colours(dark);
  const get = (name: string) => palette.get(name) ?? colours(false).get(name)!;

  it('draws every colour of a country met at least 3:1 against land, ocean, the own country and its pattern’s ground (WCAG non-text contrast)', () => {
    for (let i = 0; i < PALETTE_SIZE; i++) {
      for (const ground of ['land', 'ocean', 'own-fill', 'counterpart-ground']) {
        expect(contrast(get(`counterpart-${i}`), get(ground)), `counterpart-${i} on ${ground}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('bands a host country at least 3:1 against the land round it, the ocean and the own country', () => {
    for (const ground of ['land', 'ocean', 'own-fill']) expect(contrast(get('host'), get(ground)), ground).toBeGreaterThanOrEqual(3);
  });

  it('outlines every corpus country at least 3:1 against land and ocean, and keeps each shade apart from the next', () => {
    for (const ground of ['land', 'ocean']) expect(contrast(get('listed-border'), get(ground)), ground).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < SHADES; i++) expect(contrast(get(`bin-${i}`), get(`bin-${i - 1}`)), `bin-${i}`).toBeGreaterThanOrEqual(1.3);
  });

  it('writes the name of a country met in its colour at least 4.5:1 against the page and its cards', () => {
    const page = (name: string) => block(pageCss, '', dark).get(name) ?? block(pageCss, '', false).get(name)!;
    expect(mapCss).toContain('--bhent-map-counterpart-0: var(--counterpart-0);');
    for (let i = 0; i < PALETTE_SIZE; i++) {
      for (const ground of ['bg', 'surface']) expect(contrast(get(`counterpart-${i}`), page(ground)), `counterpart-${i} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives the eight countries met eight colours, and the five shades five', () => {
    expect(new Set(Array.from({ length: PALETTE_SIZE }, (_, i) => get(`counterpart-${i}`))).size).toBe(PALETTE_SIZE);
    expect(new Set(Array.from({ length: SHADES }, (_, i) => get(`bin-${i}`))).size).toBe(SHADES);
  });
});
