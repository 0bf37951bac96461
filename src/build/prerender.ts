/**
 * Writes every page of the built site as its own HTML file, text included,
 * so any static file server can serve deep links and a reader without
 * JavaScript still gets every card and statement; and a page for each
 * address that leads on (a moved page, a person's former id), naming the
 * new address as canonical. Run by src/build/build.ts after the client and
 * server builds, from the data files the client build wrote.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataSource } from '../app/data.ts';
import type { Rendered } from '../entry-server.tsx';
import type { FrontData, PeopleIndex, PersonData, ReportSummary } from '../schema/site.ts';
import { isLang, DEFAULT_LANG, LANGS, type Lang } from '../shared/lang.ts';
import { dataPaths, paths } from '../shared/paths.ts';
import { entryOf, pageCode, readManifest } from './manifest.ts';

interface ServerEntry {
  render(path: string, source: DataSource): Promise<Rendered>;
  redirects: Array<{ from: string; to: string }>;
  NOT_FOUND_PATH: string;
}

const ROOT_MARKER = '<div id="root"></div>';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The template with one page's markup, title and language filled in. */
export function fillTemplate(template: string, path: string, rendered: Rendered, preload: Preload[] = []): string {
  if (!template.includes(ROOT_MARKER)) throw new Error(`the HTML template has no ${ROOT_MARKER}`);
  const first = path.split('/')[1];
  const lang = isLang(first) ? first : DEFAULT_LANG;
  const links = preload.filter((p) => p.as !== 'script').map(preloadLink).join('');
  // The page's code is named, not fetched: src/main.tsx asks for it all at once when the page has loaded.
  const code = preload.filter((p) => p.as === 'script').map((p) => p.href);
  const codeAttribute = code.length > 0 ? ` data-code="${escapeHtml(code.join(' '))}"` : '';
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(rendered.head.title ?? 'भेंट · Bhent')}</title>`)
    .replace('</head>', `${links}</head>`)
    .replace(ROOT_MARKER, `<div id="root" data-path="${escapeHtml(path)}"${codeAttribute}>${rendered.html}</div>`);
}

const LEADS_ON: Record<Lang, { title: string; text: string }> = {
  hi: { title: 'यह पेज अब नए पते पर है · भेंट', text: 'यह पेज अब नए पते पर है:' },
  en: { title: 'This page has moved · Bhent', text: 'This page is now at' },
};

/** A page that sends the reader on: at once (no script needed), naming the new address as canonical. */
export function leadOnPage(template: string, from: string, to: string): string {
  const first = from.split('/')[1];
  const lang = isLang(first) ? first : DEFAULT_LANG;
  const words = LEADS_ON[lang];
  const target = escapeHtml(to);
  const head = `<link rel="canonical" href="${target}"><meta http-equiv="refresh" content="0; url=${target}">`;
  return fillTemplate(template.replace('</head>', `${head}</head>`), from, {
    status: 200,
    head: { title: words.title },
    html: `<main id="main" class="page standalone" lang="${lang}"><h1>${escapeHtml(words.text)}</h1><p><a href="${target}">${target}</a></p></main>`,
  });
}

/** The file a path is served from: `/hi/reports/x` → `hi/reports/x/index.html`. */
export function fileFor(path: string): string {
  return join(path.replace(/^\/+|\/+$/g, ''), 'index.html');
}

interface Preload {
  href: string;
  as: 'fetch' | 'font' | 'script';
}

/** The Devanagari font files: preloaded on Hindi pages so they arrive before first paint rather than after the CSS. */
function fonts(clientDir: string, base: string): Preload[] {
  const chunks = Object.values(readManifest(clientDir));
  return (chunks.find((c) => c.isEntry)?.assets ?? []).filter((f) => f.endsWith('.woff2')).map((f) => ({ href: `${base}${f}`, as: 'font' as const }));
}

function preloadLink({ href, as }: Preload): string {
  return as === 'fetch'
    ? `<link rel="preload" as="fetch" crossorigin href="${escapeHtml(href)}">`
    : `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeHtml(href)}">`;
}

/**
 * The code the page runs once it has loaded (src/main.tsx). Preloaded with
 * the page, it would share the network with what the page shows and hold
 * back its load; named on the page instead, it is fetched all at once after
 * the load, not one piece after another as each piece is run.
 */
function scripts(clientDir: string, base: string): (path: string) => Preload[] {
  const manifest = readManifest(clientDir);
  const entry = manifest[entryOf(manifest, clientDir)];
  return (path) =>
    pageCode(manifest, clientDir, path)
      .filter((chunk) => chunk !== entry)
      .map((chunk) => ({ href: `${base}${chunk.file}`, as: 'script' as const }));
}

/** The data files the client build wrote, read as the browser would fetch them; `read` lists what a page used. */
function dataSource(clientDir: string, read: Set<string>): DataSource {
  return async (path) => {
    const file = join(clientDir, path);
    if (!existsSync(file)) return undefined;
    read.add(path);
    return JSON.parse(readFileSync(file, 'utf8'));
  };
}

/** Every page of the site, from its data: what each language has, and where each former address leads. */
export function sitePages(clientDir: string, redirects: ServerEntry['redirects']): { pages: string[]; leadsOn: Array<[from: string, to: string]> } {
  const read = <T>(path: string) => JSON.parse(readFileSync(join(clientDir, path), 'utf8')) as T;
  const front = read<FrontData>(dataPaths.front());
  const reports = read<ReportSummary[]>(dataPaths.summaries());
  const people = read<PeopleIndex>(dataPaths.people());
  const pages = ['/'];
  const leadsOn: Array<[string, string]> = [];
  for (const lang of LANGS) {
    pages.push(paths.home(lang), ...front.years.map((y) => paths.year(lang, y.year)), ...front.countries.map((c) => paths.country(lang, c.code)));
    for (const report of reports) {
      pages.push(paths.report(lang, report.id), ...report.meetings.map((m) => paths.meeting(lang, report.id, m.id)), paths.article(lang, report.id));
    }
    for (const person of people) {
      pages.push(paths.person(lang, person.id));
      for (const alias of read<PersonData>(dataPaths.person(person.id)).aliases) leadsOn.push([paths.person(lang, alias), paths.person(lang, person.id)]);
    }
    for (const { from, to } of redirects) leadsOn.push([`/${lang}${from}`, `/${lang}${to}`]);
  }
  const known = new Set(pages);
  const lost = leadsOn.filter(([, to]) => !known.has(to));
  if (lost.length > 0) throw new Error(`addresses that lead to no page: ${lost.map(([from, to]) => `${from} → ${to}`).join(', ')}`);
  return { pages, leadsOn };
}

export async function prerender(clientDir: string, ssrDir: string): Promise<void> {
  const server = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as ServerEntry;
  const template = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const base = /<script type="module" crossorigin src="([^"]*)assets\//.exec(template)?.[1] ?? '/';
  const fontFiles = fonts(clientDir, base);
  const codeOf = scripts(clientDir, base);
  const { pages, leadsOn } = sitePages(clientDir, server.redirects);
  const write = (file: string, html: string) => {
    const out = join(clientDir, file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
  };

  for (const page of [...pages.map((path) => ({ path, status: 200, file: fileFor(path) })), { path: server.NOT_FOUND_PATH, status: 404, file: '404.html' }]) {
    const used = new Set<string>();
    const rendered = await server.render(page.path, dataSource(clientDir, used));
    if (rendered.status !== page.status) throw new Error(`${page.path} rendered with status ${rendered.status}, expected ${page.status}`);
    // The page's own data, fetched at once to hydrate: never another page's.
    const data = [...used].map((path) => ({ href: `${base}${path}`, as: 'fetch' as const }));
    // Hindi pages are set in the Devanagari font: fetched at once, it is there for the first paint.
    // English ones show a few Devanagari words, in the font if it comes in time (font-display: optional).
    const fontsFirst = page.path.split('/')[1] === 'hi' ? fontFiles : [];
    const code = codeOf(page.path);
    write(page.file, fillTemplate(template, page.path, rendered, page.status === 200 ? [...data, ...fontsFirst, ...code] : code));
  }
  for (const [from, to] of leadsOn) write(fileFor(from), leadOnPage(template, from, `${base.replace(/\/$/, '')}${to}`));
}
