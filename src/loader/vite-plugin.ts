/**
 * Serves the loaded reports to the app as data only, never the parser:
 *   data/…                      — every data file of the site (site-data.ts):
 *                                 served by the dev server, written by the build
 *   virtual:bhent/site          — what every page needs: the addresses that lead
 *                                 on, and the names of the countries the reports
 *                                 name (no more than the world's)
 *   virtual:bhent/article/<id>  — one article as a module (tests use it)
 * A changed seed, translation, gazetteer or address list reloads the page in
 * dev. Bad input fails the build with every located error; what the rules
 * left undecided is listed once, as located warnings, in the terminal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatError, formatWarning, type LoaderError } from './errors.ts';
import { loadFolder, shownPath, type LoadResult } from './load.ts';
import { checkRedirects, readRedirects, REDIRECTS_FILE, sitePagesOf, type Redirect } from './redirects.ts';
import { siteData } from './site-data.ts';
import type { Article } from '../schema/article.ts';
import { INTERFACE_LOCALES, type Lang } from '../shared/lang.ts';

export const SITE_ID = 'virtual:bhent/site';
export const ARTICLE_PREFIX = 'virtual:bhent/article/';
const DATA_DIR = 'data/';

export interface ArticlesPluginOptions {
  /** Folder of reports, translations, gazetteer and addresses; default `seeds` under the Vite root. */
  seedsDir?: string;
  /** Warnings fail the build, as `npm run load -- --strict` does. */
  strict?: boolean;
}

interface Loaded {
  result: LoadResult;
  redirects: Redirect[];
  errors: LoaderError[];
  files: Map<string, string>;
}

/**
 * The warnings last printed in this process: a build's client and server
 * passes read the same reports, and say so once. Kept on the global object, as
 * each pass loads its own copy of this module with the config.
 */
const printed = globalThis as typeof globalThis & { bhentLastWarned?: string };

const dataModule = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
const TYPES: Record<string, string> = { '.json': 'application/json', '.csv': 'text/csv; charset=utf-8' };

/**
 * An article as the site publishes it: its files by name only, so no path of
 * the machine that built it (a seeds folder elsewhere: `../../tmp/…`) is shown.
 */
export function published(article: Article): Article {
  const { translation, ...source } = article.source;
  return { ...article, source: { ...source, file: basename(source.file), ...(translation ? { translation: basename(translation) } : {}) } };
}

export function articlesPlugin(options: ArticlesPluginOptions = {}): Plugin {
  let root = process.cwd();
  let base = '/';
  let cache: Loaded | null = null;
  let warn = (message: string) => console.warn(message);
  const seedsDir = () => resolve(root, options.seedsDir ?? 'seeds');
  const loadAll = (): Loaded => {
    if (cache) return cache;
    const loaded = loadFolder(seedsDir(), { cwd: root, strict: options.strict });
    const result: LoadResult = loaded.ok ? { ...loaded, articles: loaded.articles.map(published) } : loaded;
    const redirectsPath = resolve(seedsDir(), REDIRECTS_FILE);
    const redirectsText = existsSync(redirectsPath) ? readFileSync(redirectsPath, 'utf8') : '[]';
    const redirectsFile = shownPath(relative(root, redirectsPath) || redirectsPath);
    const read = readRedirects(redirectsText, redirectsFile);
    // Checked against the site's pages only when there is a site to check them against.
    const misled = result.ok && read.errors.length === 0 ? checkRedirects(read.redirects, sitePagesOf(result.articles), redirectsText, redirectsFile) : [];
    const errors = [...(result.ok ? [] : result.errors), ...read.errors, ...misled];
    cache = { result, redirects: read.redirects, errors, files: errors.length === 0 && result.ok ? siteData(result.articles) : new Map() };
    const warnings = result.warnings.length > 0 ? `bhent: ${result.warnings.length} warning(s) in the report data:\n${result.warnings.map(formatWarning).join('\n')}` : '';
    if (warnings && warnings !== printed.bhentLastWarned) warn(warnings);
    printed.bhentLastWarned = warnings;
    return cache;
  };
  const failure = (loaded: Loaded) => `the report data has ${loaded.errors.length} error(s):\n${loaded.errors.map(formatError).join('\n')}`;

  return {
    name: 'bhent:articles',
    configResolved(config) {
      root = config.root;
      base = config.base;
      warn = (message) => config.logger.warn(message);
    },
    buildStart() {
      const loaded = loadAll();
      for (const file of loaded.result.files) this.addWatchFile(file);
      if (loaded.errors.length > 0) this.error(failure(loaded));
    },
    resolveId(id) {
      if (id === SITE_ID || id.startsWith(ARTICLE_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id !== `\0${SITE_ID}` && !id.startsWith(`\0${ARTICLE_PREFIX}`)) return undefined;
      const loaded = loadAll();
      if (loaded.errors.length > 0) this.error(failure(loaded));
      if (id === `\0${SITE_ID}`) return `export const redirects = ${dataModule(loaded.redirects.map(({ from, to }) => ({ from, to })))};\nexport const countryNames = ${dataModule(loaded.result.ok ? countryNamesOf(loaded.result.articles) : { hi: {}, en: {} })};\n`;
      const wanted = id.slice(`\0${ARTICLE_PREFIX}`.length);
      const article = loaded.result.ok ? loaded.result.articles.find((a) => a.id === wanted) : undefined;
      if (!article) this.error(`no report with id "${wanted}" in ${seedsDir()}`);
      return `export default ${dataModule(article)};\n`;
    },
    generateBundle() {
      // The client build writes the data files; the server build has no use for them.
      if (this.environment?.config.consumer === 'server') return;
      for (const [fileName, source] of loadAll().files) this.emitFile({ type: 'asset', fileName, source });
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
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
        if (!path.startsWith(`${base}${DATA_DIR}`)) return next();
        const loaded = loadAll();
        if (loaded.errors.length > 0) {
          response.statusCode = 500;
          return response.end(failure(loaded));
        }
        const file = loaded.files.get(path.slice(base.length));
        if (file === undefined) return next();
        response.setHeader('content-type', TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream');
        response.end(file);
      });
    },
  };
}

/**
 * The interface's names of every country the reports name, in both languages,
 * so a page need not build the platform's table of names (which costs a slow
 * phone tens of milliseconds) to show a few. At most the world's countries.
 */
export function countryNamesOf(articles: readonly Article[]): Record<Lang, Record<string, string>> {
  const codes = [...new Set(articles.flatMap((a) => [...a.countries.map((c) => c.code), ...a.people.map((p) => p.country)]))].sort();
  const table = (locale: string) => {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    return Object.fromEntries(codes.map((code) => [code, names.of(code) ?? code]));
  };
  return { hi: table(INTERFACE_LOCALES.hi), en: table(INTERFACE_LOCALES.en) };
}

function invalidateVirtualModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    for (const [id, mod] of graph.idToModuleMap) {
      if (id.startsWith('\0virtual:bhent/')) graph.invalidateModule(mod);
    }
  }
}
