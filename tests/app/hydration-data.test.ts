import { createStaticHandler } from 'react-router';
import { describe, expect, it } from 'vitest';
import { basename, hydrationDataFor } from '../../src/app/App.tsx';
import { setDataSource } from '../../src/app/data.ts';
import { routes } from '../../src/app/routes.tsx';
import { SEED_REPORT } from './render-route.tsx';
import { siteSource } from './site-data.ts';

// The browser recomputes the data a page was prerendered with; the prerender
// used the router's static handler. Hydration needs the two to agree exactly.
const PATHS = [
  '/hi/',
  '/en/',
  `/hi/reports/${SEED_REPORT}/`,
  `/en/reports/${SEED_REPORT}/meetings/kg/`,
  `/hi/reports/${SEED_REPORT}/meetings/zz/`,
  `/en/reports/${SEED_REPORT}/article/`,
  '/hi/reports/no-such-report/',
  '/hi/reports/Not_An_Id/',
  '/en/countries/kg/',
  '/en/countries/zz/',
  '/hi/people/xi-jinping/',
  '/hi/people/nobody/',
  '/en/years/2025/',
  '/en/years/1900/',
  '/en/nope',
  '/xx/',
  '/xx/countries/kg/',
];

describe('the data a page hydrates with', () => {
  it('is what the prerender computed, page by page, errors included', async () => {
    setDataSource(siteSource('seeds'));
    const handler = createStaticHandler(routes, { basename });
    for (const path of PATHS) {
      const url = `http://localhost${path}`;
      const context = await handler.query(new Request(url));
      if (context instanceof Response) throw new Error(`${path} redirects`);
      const ours = await hydrationDataFor(url);
      expect({ path, ...ours }).toEqual({ path, loaderData: context.loaderData, actionData: context.actionData, errors: context.errors });
    }
  });

  it('is none where the prerender redirects, as for a page that has moved', async () => {
    setDataSource(siteSource('seeds'));
    const handler = createStaticHandler(routes, { basename });
    for (const moved of ['/en/meetings/kg/', '/hi/reports/2016-08-25-cri-wangyi-kishida-tokyo/meetings/cn/']) {
      expect(await handler.query(new Request(`http://localhost${moved}`))).toBeInstanceOf(Response);
      expect(await hydrationDataFor(`http://localhost${moved}`)).toBeUndefined();
    }
  });
});
