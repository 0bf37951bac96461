import { measureSite, total, type AssetKind, type SiteSizes } from '../../src/build/sizes.ts';
import { kb, ratio, table } from './format.ts';

const KINDS: AssetKind[] = ['js', 'css', 'data', 'font'];

function rows(label: string, ours: SiteSizes['firstVisit'], base: SiteSizes['firstVisit']) {
  return KINDS.filter((kind) => ours.some((s) => s.kind === kind) || base.some((s) => s.kind === kind)).map((kind) => [
    `${label} ${kind}`,
    kb(total(ours, kind, 'gzip')),
    kb(total(ours, kind, 'brotli')),
    kb(total(base, kind, 'gzip')),
    kb(total(base, kind, 'brotli')),
    ratio(total(ours, kind, 'gzip'), total(base, kind, 'gzip')),
  ]);
}

export function printSizes(siteDir: string, baselineDir: string): void {
  const ours = measureSite(siteDir);
  const base = measureSite(baselineDir);
  console.log('\nBuild sizes (first visit to /hi/, then the map chunk loaded after it)');
  console.log(
    table(
      ['asset', 'gzip', 'brotli', 'baseline gzip', 'baseline brotli', 'ours/baseline'],
      [...rows('first visit', ours.firstVisit, base.firstVisit), ...rows('map chunk', ours.map, base.map)],
    ),
  );
}
