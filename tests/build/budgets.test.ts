import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/site.ts';
import { BUDGETS, measureSite, total, type SiteSizes } from '../../src/build/sizes.ts';

// Sizes only, never timings: the same build gives the same bytes.
let sizes: SiteSizes;

beforeAll(async () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bhent-budget-')), 'dist');
  await buildSite({ outDir, clientOnly: true });
  sizes = measureSite(outDir);
}, 120_000);

describe('size budgets of a production build', () => {
  it('first-visit JavaScript stays within 130 kB gzip', () => {
    expect(sizes.firstVisit.some((s) => s.kind === 'js')).toBe(true);
    expect(total(sizes.firstVisit, 'js', 'gzip')).toBeLessThanOrEqual(BUDGETS.firstVisitJsGzip);
  });

  it('the map chunk (Leaflet and the country shapes) stays within 80 kB gzip and is not in the first visit', () => {
    expect(sizes.map.some((s) => s.kind === 'js')).toBe(true);
    expect(total(sizes.map, 'js', 'gzip')).toBeLessThanOrEqual(BUDGETS.mapJsGzip);
    const first = new Set(sizes.firstVisit.map((s) => s.file));
    expect(sizes.map.filter((s) => first.has(s.file))).toEqual([]);
  });

  it('the article data stays within 15 kB gzip', () => {
    expect(sizes.firstVisit.filter((s) => s.kind === 'data')).toHaveLength(1);
    expect(total(sizes.firstVisit, 'data', 'gzip')).toBeLessThanOrEqual(BUDGETS.dataGzip);
  });

  it('the fonts of a first visit stay within 90 kB', () => {
    expect(sizes.firstVisit.filter((s) => s.kind === 'font').length).toBeGreaterThan(0);
    expect(total(sizes.firstVisit, 'font', 'raw')).toBeLessThanOrEqual(BUDGETS.fonts);
  });
});
