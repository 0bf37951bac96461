import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/site.ts';
import { BUDGETS, measureSite, total, type SiteSizes } from '../../src/build/sizes.ts';

// Sizes only, never timings: the same build gives the same bytes. The site
// is built twice: from seeds/ (one report) and from the demo collection (ten
// reports, eighteen countries), so what grows with the collection shows.
let seed: SiteSizes;
let demo: SiteSizes;

beforeAll(async () => {
  const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'bhent-budget-')), name);
  const seedDir = out('dist');
  const demoDir = out('dist');
  await buildSite({ outDir: seedDir, clientOnly: true });
  await buildSite({ outDir: demoDir, clientOnly: true, seedsDir: 'tests/fixtures/genre' });
  seed = measureSite(seedDir);
  demo = measureSite(demoDir);
}, 240_000);

describe('size budgets of a production build', () => {
  it('first-visit JavaScript stays within 130 kB gzip', () => {
    expect(seed.firstVisit.some((s) => s.kind === 'js')).toBe(true);
    expect(total(seed.firstVisit, 'js', 'gzip')).toBeLessThanOrEqual(BUDGETS.firstVisitJsGzip);
  });

  it('the first visit does not grow with the collection: ten reports cost within 2 kB of one', () => {
    const js = (sizes: SiteSizes) => total(sizes.firstVisit, 'js', 'gzip');
    expect(Math.abs(js(demo) - js(seed))).toBeLessThanOrEqual(2_000);
    expect(total(demo.firstVisit, 'data', 'gzip')).toBeLessThanOrEqual(BUDGETS.frontGzip);
  });

  it('the map chunk (Leaflet and the country shapes) stays within 80 kB gzip and is not in the first visit', () => {
    expect(seed.map.some((s) => s.kind === 'js')).toBe(true);
    expect(total(seed.map, 'js', 'gzip')).toBeLessThanOrEqual(BUDGETS.mapJsGzip);
    const first = new Set(seed.firstVisit.map((s) => s.file));
    expect(seed.map.filter((s) => first.has(s.file))).toEqual([]);
  });

  it('a report page fetches its own report only, within 15 kB gzip', () => {
    expect(seed.report.file).toBe('data/reports/2025-08-31-xi-tianjin-meetings.json');
    expect(Math.max(seed.report.gzip, demo.report.gzip)).toBeLessThanOrEqual(BUDGETS.dataGzip);
    expect(seed.firstVisit.filter((s) => s.file.startsWith('data/reports/'))).toEqual([]);
  });

  it('the fonts of a first visit stay within 90 kB', () => {
    expect(seed.firstVisit.filter((s) => s.kind === 'font').length).toBeGreaterThan(0);
    expect(total(seed.firstVisit, 'font', 'raw')).toBeLessThanOrEqual(BUDGETS.fonts);
  });
});
