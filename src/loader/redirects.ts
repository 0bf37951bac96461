/**
 * Addresses once published keep working: `seeds/redirects.json` lists the
 * paths, below each language, that lead on to where their page now is. The
 * build writes each as a page naming its new address as canonical; the app
 * follows them too. Each leads straight to a page of the site: never from
 * one (its page would be replaced), never to itself, round in a circle or on
 * to another address that leads on (the build writes one hop only).
 */
import { z } from 'zod';
import type { Article } from '../schema/article.ts';
import { paths } from '../shared/paths.ts';
import { errorsIn, locate, type LoaderError } from './errors.ts';
import { offsetAt, parseJson, readJson, type JsonCodes, type SourceNode } from './json-source.ts';
import { unifyPeople } from './people-across.ts';

export const REDIRECTS_FILE = 'redirects.json';

// Each `from` is written as a file (<lang><from>index.html): its names are kept short.
const Path = z
  .string()
  .max(300, 'a path of at most 300 characters')
  .regex(/^\/(?:[a-z0-9-]{1,100}\/)*$/, 'a path below the language, starting and ending with "/", each part at most 100 characters');
const RedirectsSchema = z.array(z.strictObject({ from: Path, to: Path, why: z.string().min(1) }));
export type Redirect = z.infer<typeof RedirectsSchema>[number];

const CODES: JsonCodes = { syntax: 'redirects/syntax', duplicateKey: 'redirects/duplicate-key', unknownKey: 'redirects/unknown-key', invalid: 'redirects/invalid' };

export function readRedirects(text: string, file: string): { redirects: Redirect[]; errors: LoaderError[] } {
  const read = readJson(text, file, RedirectsSchema, CODES);
  if (!read.data || !read.source) return { redirects: [], errors: read.errors };
  const at = errorsIn(file, text);
  const first = new Map<string, number>();
  const errors: LoaderError[] = [];
  read.data.forEach(({ from }, i) => {
    const offset = offsetAt(read.source!, [i, 'from']);
    const before = first.get(from);
    if (before === undefined) first.set(from, offset);
    else errors.push(at(offset, 'redirects/duplicate-from', `"${from}" is listed twice (first on line ${locate(text, before).line}): keep one`));
  });
  return { redirects: errors.length > 0 ? [] : read.data, errors };
}

/** The site's addresses below the language. */
export interface SitePages {
  /** Every page: '/', '/reports/<id>/', '/people/<id>/', … */
  pages: ReadonlySet<string>;
  /** Addresses the site itself leads on, to where: a person's former id. */
  leadsOn: ReadonlyMap<string, string>;
}

/** A path of `paths` without its language. */
const below = (path: string) => path.slice(path.indexOf('/', 1));

/** Every page the loaded reports make (as site-data.ts writes their data and the build renders them). */
export function sitePagesOf(input: readonly Article[]): SitePages {
  const { articles, aliases } = unifyPeople(input);
  const pages = new Set<string>([below(paths.home('hi'))]);
  for (const article of articles) {
    pages.add(below(paths.report('hi', article.id)));
    pages.add(below(paths.article('hi', article.id)));
    pages.add(below(paths.year('hi', article.date.slice(0, 4))));
    for (const person of article.people) pages.add(below(paths.person('hi', person.id)));
    const ownCountry = article.people.find((p) => p.id === article.protagonist)?.country;
    for (const meeting of article.meetings) {
      pages.add(below(paths.meeting('hi', article.id, meeting.id)));
      pages.add(below(paths.country('hi', meeting.country)));
      if (ownCountry) pages.add(below(paths.country('hi', ownCountry)));
    }
  }
  const leadsOn = new Map([...aliases].map(([alias, id]) => [below(paths.person('hi', alias)), below(paths.person('hi', id))]));
  return { pages, leadsOn };
}

/**
 * What only the loaded site can tell of the redirects: each error at the
 * value it is about. A `from` that is a page (it would be replaced); a `to`
 * that is its `from`; redirects that lead round in a circle (one error, at
 * the first of them); a `to` that leads on again (a chain: the build writes
 * one hop, so each redirect names where the chain ends); a `to` that is no
 * page.
 */
export function checkRedirects(redirects: readonly Redirect[], site: SitePages, text: string, file: string): LoaderError[] {
  const at = errorsIn(file, text);
  const parsed = parseJson(text);
  const source: SourceNode = parsed.ok ? parsed.source : { offset: 0 };
  const where = (i: number, key: 'from' | 'to') => offsetAt(source, [i, key]);
  const next = new Map(redirects.map((r) => [r.from, r.to]));
  const index = new Map(redirects.map((r, i) => [r.from, i]));
  const lineOf = (from: string) => locate(text, where(index.get(from)!, 'from')).line;

  // Where each chain of redirects ends, null for one that goes round; each address walked once.
  const end = new Map<string, string | null>();
  const cycles: string[][] = [];
  for (const start of next.keys()) {
    const walk: string[] = [];
    const onWalk = new Map<string, number>();
    let here = start;
    while (next.has(here) && !end.has(here) && !onWalk.has(here)) {
      onWalk.set(here, walk.length);
      walk.push(here);
      here = next.get(here)!;
    }
    let result: string | null;
    if (onWalk.has(here)) {
      const cycle = walk.slice(onWalk.get(here));
      if (cycle.length > 1) cycles.push(cycle);
      result = null;
    } else result = next.has(here) ? end.get(here)! : here;
    for (const address of walk) end.set(address, result);
  }
  const inCycle = new Set(cycles.flat());

  const errors: LoaderError[] = [];
  for (const cycle of cycles) {
    const first = cycle.reduce((a, b) => (index.get(a)! <= index.get(b)! ? a : b));
    const round = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
    errors.push(at(where(index.get(first)!, 'to'), 'redirects/cycle', `these redirects lead round in a circle to no page: ${round.join(' → ')} (lines ${cycle.map(lineOf).sort((a, b) => a - b).join(', ')})`));
  }
  redirects.forEach(({ from, to }, i) => {
    const leadsOn = site.leadsOn.get(from);
    if (site.pages.has(from) || leadsOn !== undefined) {
      const what = leadsOn === undefined ? 'a page of the site' : `an address the site already leads on, to "${leadsOn}"`;
      errors.push(at(where(i, 'from'), 'redirects/overwrites-page', `"${from}" is ${what}: a redirect from it would replace it`));
    }
    if (to === from) errors.push(at(where(i, 'to'), 'redirects/to-itself', `"${from}" leads to itself`));
    else if (inCycle.has(from)) return;
    else if (next.has(to)) {
      const last = end.get(to);
      const fix = !last ? 'it goes round in a circle; lead to a page' : site.pages.has(last) ? `lead to where the chain ends, "${last}", directly` : `the chain ends at "${last}", which is no page`;
      errors.push(at(where(i, 'to'), 'redirects/chain', `"${to}" is itself redirected (line ${lineOf(to)}): ${fix}`));
    } else if (site.leadsOn.has(to)) {
      errors.push(at(where(i, 'to'), 'redirects/chain', `"${to}" is no page: the site leads it on to "${site.leadsOn.get(to)}"; lead there directly`));
    } else if (!site.pages.has(to)) {
      errors.push(at(where(i, 'to'), 'redirects/no-page', `"${to}" is no page of the site`));
    }
  });
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}
