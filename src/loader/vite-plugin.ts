/**
 * Serves the loaded articles to the app as virtual modules that contain data
 * only, never the parser:
 *   virtual:bhent/articles      — `articles` (id, date, headline of each) and
 *                                 `loaders` (id → dynamic import of one article)
 *   virtual:bhent/article/<id>  — `export default` the article
 * A changed seed, translation or gazetteer reloads the page in dev; bad
 * input fails the build with every located error. What the rules left
 * undecided is listed once, as located warnings, in the terminal.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { ArticleSummary } from '../schema/article.ts';
import { formatError, formatWarning } from './errors.ts';
import { loadReports, reportsIn, type LoadResult } from './load.ts';

export const INDEX_ID = 'virtual:bhent/articles';
export const ARTICLE_PREFIX = 'virtual:bhent/article/';

export interface ArticlesPluginOptions {
  /** Folder of reports, translations and gazetteer; default `seeds` under the Vite root. */
  seedsDir?: string;
  /** Warnings fail the build, as `npm run load -- --strict` does. */
  strict?: boolean;
}

const dataModule = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

export function articlesPlugin(options: ArticlesPluginOptions = {}): Plugin {
  let root = process.cwd();
  let cache: LoadResult | null = null;
  let warn = (message: string) => console.warn(message);
  const seedsDir = () => resolve(root, options.seedsDir ?? 'seeds');
  const loadAll = () => {
    if (cache) return cache;
    cache = loadReports(reportsIn(seedsDir()), { cwd: root, strict: options.strict });
    const { warnings } = cache;
    if (warnings.length > 0) warn(`bhent: ${warnings.length} warning(s) in the report data:\n${warnings.map(formatWarning).join('\n')}`);
    return cache;
  };

  return {
    name: 'bhent:articles',
    configResolved(config) {
      root = config.root;
      warn = (message) => config.logger.warn(message);
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(ARTICLE_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:bhent/article')) return undefined;
      const result = loadAll();
      for (const file of result.files) this.addWatchFile(file);
      if (!result.ok) this.error(`the report data has ${result.errors.length} error(s):\n${result.errors.map(formatError).join('\n')}`);
      if (id === `\0${INDEX_ID}`) {
        const summaries: ArticleSummary[] = result.articles
          .filter((a) => a.headline !== null)
          .map((a) => ({ id: a.id, date: a.date, headline: a.headline! }))
          .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
        const loaders = summaries.map((a) => `  ${JSON.stringify(a.id)}: () => import(${JSON.stringify(ARTICLE_PREFIX + a.id)}),`);
        return `export const articles = ${dataModule(summaries)};\nexport const loaders = {\n${loaders.join('\n')}\n};\n`;
      }
      const wanted = id.slice(`\0${ARTICLE_PREFIX}`.length);
      const article = result.articles.find((a) => a.id === wanted);
      if (!article) this.error(`no report with id "${wanted}" in ${seedsDir()}`);
      return `export default ${dataModule(article)};\n`;
    },
    configureServer(server) {
      server.watcher.add(seedsDir());
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(seedsDir())) return;
        cache = null;
        invalidateVirtualModules(server);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
  };
}

function invalidateVirtualModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    for (const [id, mod] of graph.idToModuleMap) {
      if (id.startsWith('\0virtual:bhent/article')) graph.invalidateModule(mod);
    }
  }
}
