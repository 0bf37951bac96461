import { join } from 'node:path';
import type { DataSource } from '../../src/app/data.ts';
import { loadReports, reportsIn } from '../../src/loader/load.ts';
import { siteData } from '../../src/loader/site-data.ts';
import { ROOT } from '../loader/helpers.ts';

const cache = new Map<string, Map<string, string>>();

/** The data files a build of `folder` writes, served as the browser would fetch them. */
export function siteSource(folder = 'seeds'): DataSource {
  let files = cache.get(folder);
  if (!files) {
    const result = loadReports(reportsIn(join(ROOT, folder)), { cwd: ROOT });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    files = siteData(result.articles);
    cache.set(folder, files);
  }
  const site = files;
  return async (path) => {
    const text = site.get(path);
    return text === undefined ? undefined : JSON.parse(text);
  };
}
