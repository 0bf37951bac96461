/**
 * Writes every route of the built site as its own HTML file, text included,
 * so any static file server can serve deep links and a reader without
 * JavaScript still gets every card and statement.
 * Run by src/build/build.ts after the client and server builds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rendered } from '../entry-server.tsx';
import { isArticleData, readManifest } from './manifest.ts';
import { isLang, DEFAULT_LANG } from '../shared/lang.ts';

interface ServerEntry {
  render(path: string): Promise<Rendered>;
  sitePaths(): Promise<string[]>;
  NOT_FOUND_PATH: string;
}

const ROOT_MARKER = '<div id="root"></div>';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The template with one page's markup, title and language filled in. */
export function fillTemplate(template: string, path: string, rendered: Rendered, preload: Preload[] = []): string {
  if (!template.includes(ROOT_MARKER)) throw new Error(`the HTML template has no ${ROOT_MARKER}`);
  const first = path.split('/')[1];
  const lang = isLang(first) ? first : DEFAULT_LANG;
  const links = preload.map(preloadLink).join('');
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(rendered.head.title ?? 'भेंट · Bhent')}</title>`)
    .replace('</head>', `${links}</head>`)
    .replace(ROOT_MARKER, `<div id="root" data-path="${escapeHtml(path)}">${rendered.html}</div>`);
}

/** The file a path is served from: `/hi/meetings/kg` → `hi/meetings/kg/index.html`. */
export function fileFor(path: string): string {
  return join(path.replace(/^\/+|\/+$/g, ''), 'index.html');
}

interface Preload {
  href: string;
  as: 'script' | 'font';
}

/**
 * What every page needs at once but the HTML does not name: the article's
 * data chunk (to hydrate) and the fonts (so they arrive before first paint,
 * not after the CSS is parsed, and do not shift the text when they swap in).
 */
function preloads(clientDir: string, base: string): Preload[] {
  const chunks = Object.values(readManifest(clientDir));
  const data = chunks.filter(isArticleData).map((c) => ({ href: `${base}${c.file}`, as: 'script' as const }));
  const fonts = (chunks.find((c) => c.isEntry)?.assets ?? []).filter((f) => f.endsWith('.woff2')).map((f) => ({ href: `${base}${f}`, as: 'font' as const }));
  return [...data, ...fonts];
}

function preloadLink({ href, as }: Preload): string {
  return as === 'script'
    ? `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`
    : `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeHtml(href)}">`;
}

export async function prerender(clientDir: string, ssrDir: string): Promise<void> {
  const server = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as ServerEntry;
  const template = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const base = /<script type="module" crossorigin src="([^"]*)assets\//.exec(template)?.[1] ?? '/';
  const preload = preloads(clientDir, base);
  const pages = [...(await server.sitePaths()).map((path) => ({ path, status: 200, file: fileFor(path) })), { path: server.NOT_FOUND_PATH, status: 404, file: '404.html' }];

  for (const page of pages) {
    const rendered = await server.render(page.path);
    if (rendered.status !== page.status) throw new Error(`${page.path} rendered with status ${rendered.status}, expected ${page.status}`);
    const out = join(clientDir, page.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, fillTemplate(template, page.path, rendered, page.status === 200 ? preload : []));
  }
}
