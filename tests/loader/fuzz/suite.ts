/**
 * The fuzz suite (`npm run fuzz`): the loader's own entry point,
 * `loadReports`, on every report of seeds/ and tests/fixtures/ damaged at
 * random, thousands of times. Each case writes the damaged report (and its
 * translation) into a scratch copy of its folder, beside a clean report of the
 * same folder half the time, loads them, and checks, for every case:
 *
 * - loading never throws;
 * - all or nothing: ok with an article for every report, or not ok with
 *   errors and no articles;
 * - every error and warning is located inside the file it names (line and
 *   column counted by `locate` of src/loader/errors.ts, the loader's own);
 * - every article's source is the file as read, and every sentence's span is
 *   inside it, non-empty, and holds the sentence's Hindi;
 * - loading each article's `source.text` again gives the same articles.
 *
 * A failure prints fast-check's seed and path; `FUZZ_SEED=<seed>
 * FUZZ_PATH=<path> npm run fuzz -- tests/loader/fuzz/<file>.fuzz.ts -t
 * '<property>'` replays it. `FUZZ_RUNS=<n>` sets the cases per property and
 * file (640 by default: 10,240 in all).
 */
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LoaderError } from '../../../src/loader/errors.ts';
import { GAZETTEER_FILE, REPORT_SUFFIX, loadReports, translationPathOf, type LoadResult } from '../../../src/loader/load.ts';
import type { Article } from '../../../src/schema/article.ts';
import { ROOT } from '../helpers.ts';
import { outsideOf } from '../located.ts';
import {
  applyEdits,
  breaksOf,
  byteEditsArb,
  corrupt,
  duplicate,
  duplicationArb,
  editPoLines,
  editPoValue,
  editsArb,
  encode,
  foreignLineEnds,
  hostile,
  inflate,
  inflationArb,
  lineEndingsArb,
  lossy,
  paragraphsOf,
  poLineEditArb,
  poValueArb,
  poValueEditsArb,
  poValueLinesOf,
  poWords,
  setPoValue,
  truncate,
  truncationArb,
  withLineEndings,
  wordsOf,
  type ByteEdit,
  type Duplication,
  type Edit,
  type Inflation,
  type PoLineEdit,
  type PoValueEdit,
  type PoValueEdits,
} from '../mutations.ts';
import { gazetteerParses } from './setup.ts';
import type { Tally } from './tally.ts';

/** A folder of reports and the gazetteer they are loaded with. */
export interface Folder {
  dir: string;
  gazetteer: string;
}
/** A folder's own gazetteer when it has one (tests/fixtures/hostile), else the seeds' (as `loadReports` picks). */
const folder = (dir: string): Folder => ({ dir, gazetteer: existsSync(join(ROOT, dir, GAZETTEER_FILE)) ? `${dir}/${GAZETTEER_FILE}` : `seeds/${GAZETTEER_FILE}` });
export const SEEDS: Folder[] = [folder('seeds')];
/** Every folder of reports under tests/fixtures/: genre/, reports/, hostile/ and any added later. */
export const FIXTURES: Folder[] = readdirSync(join(ROOT, 'tests/fixtures'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(ROOT, 'tests/fixtures', entry.name)).some((f) => f.endsWith(REPORT_SUFFIX)))
  .map((entry) => folder(`tests/fixtures/${entry.name}`))
  .sort((a, b) => a.dir.localeCompare(b.dir));

interface Report {
  /** Paths relative to the repository, which are also the paths in the scratch folder and in the loader's errors. */
  path: string;
  po: string | null;
  gazetteer: string;
  text: string;
  poText: string | null;
  /** The other reports of its folder, to load beside it. */
  others: string[];
}

/** Cases per property in each file; eight properties in each of two files. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 640);
/** Room for a busy machine; a property takes 10–30 s on two cores. */
const TIMEOUT = 10 * 60_000;
const replay = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED), ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) } : {};

function reportsOf(folders: readonly Folder[]): Report[] {
  return folders.flatMap(({ dir, gazetteer }) => {
    const names = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(REPORT_SUFFIX)).sort();
    return names.map((name) => {
      const path = `${dir}/${name}`;
      const po = existsSync(join(ROOT, translationPathOf(path))) ? translationPathOf(path) : null;
      return {
        path,
        po,
        gazetteer,
        text: readFileSync(join(ROOT, path), 'utf8'),
        poText: po === null ? null : readFileSync(join(ROOT, po), 'utf8'),
        others: names.filter((n) => n !== name).map((n) => `${dir}/${n}`),
      };
    });
  });
}

// ---------------------------------------------------------------------------
// What every case must satisfy

/** Which property a failure breaks, first in its message. */
class Broken extends Error {
  constructor(property: string, detail: string) {
    super(`[${property}] ${detail}`);
  }
}

function expectLocated(error: LoaderError, inputs: ReadonlyMap<string, string>): void {
  const text = inputs.get(error.file);
  const where = () => `${JSON.stringify(error)}`;
  if (text === undefined) throw new Broken('located', `names a file the load did not read: ${where()}`);
  const outside = outsideOf(text, error.line, error.column);
  if (outside !== null) throw new Broken('located', `${outside}: ${where()}`);
  if (error.message === '') throw new Broken('located', `no message: ${where()}`);
  // The loader's own rules must catch bad input first: a schema failure of its
  // output is a loader bug (see validate.ts), located nowhere useful.
  if (error.code === 'schema/invalid') throw new Broken('located', `a schema failure instead of a rule's error: ${where()}`);
}

function expectSpans(article: Article, inputs: ReadonlyMap<string, string>): void {
  const text = inputs.get(article.source.file);
  if (text === undefined || article.source.text !== text) throw new Broken('spans', `${article.id}: source.text is not the file ${article.source.file} as read`);
  for (const s of article.sentences) {
    const [start, end] = s.span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
      throw new Broken('spans', `${article.id} ${s.id}: span [${start}, ${end}) in a source of ${text.length}`);
    }
    if (text.slice(start, end) !== s.text.hi) throw new Broken('spans', `${article.id} ${s.id}: ${JSON.stringify(text.slice(start, end))} at its span, ${JSON.stringify(s.text.hi)} as its Hindi`);
  }
}

/** Where two values first differ (a path and both values), or null when they are deeply equal. */
function difference(a: unknown, b: unknown, path: string): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inner = difference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (inner !== null) return inner;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} first, ${JSON.stringify(b)?.slice(0, 300)} again`;
}

function expectAllOrNothing(result: LoadResult, files: readonly string[]): void {
  if (result.ok) {
    const loaded = result.articles.map((a) => a.source.file);
    if (!isDeepStrictEqual(loaded, files)) throw new Broken('all-or-nothing', `ok with articles of ${JSON.stringify(loaded)} for ${JSON.stringify(files)}`);
    if ('errors' in result) throw new Broken('all-or-nothing', 'ok with errors');
  } else {
    if (result.errors.length === 0) throw new Broken('all-or-nothing', 'not ok, and no error says why');
    if ('articles' in result) throw new Broken('all-or-nothing', `not ok, with articles: ${JSON.stringify((result as { articles: Article[] }).articles.map((a) => a.id))}`);
  }
}

// ---------------------------------------------------------------------------
// A case: damaged files written into the scratch folder, loaded, checked

interface Damaged {
  report: Report;
  hi: Uint8Array;
  /** The translation's bytes; null when the report has none. */
  po: Uint8Array | null;
}

interface Fuzz {
  reports: Report[];
  /** Cases run so far, by property, and how many of them loaded. */
  counts: Record<string, { cases: number; loaded: number }>;
  check(target: Damaged, companion: string | null, hindiOnly: boolean): boolean;
}

function fuzzer(reports: Report[], scratch: () => string): Fuzz {
  const byPath = new Map(reports.map((r) => [r.path, r]));
  const counts: Fuzz['counts'] = {};
  const gazetteers = new Map([...new Set(reports.map((r) => r.gazetteer))].map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]));

  function write(path: string, bytes: Uint8Array): void {
    writeFileSync(join(scratch(), path), bytes);
  }
  function restore(report: Report): void {
    write(report.path, encode(report.text));
    if (report.po) write(report.po, encode(report.poText!));
  }

  function load(paths: readonly string[], gazetteer: string, hindiOnly: boolean): LoadResult {
    try {
      return loadReports(
        paths.map((p) => join(scratch(), p)),
        { cwd: scratch(), gazetteerPath: join(scratch(), gazetteer), hindiOnly },
      );
    } catch (e) {
      throw new Broken('never throws', (e as Error).stack ?? String(e));
    }
  }

  /** Loads one case and checks it; true when it loaded. */
  function check(target: Damaged, companionPath: string | null, hindiOnly: boolean): boolean {
    const companion = companionPath === null ? null : byPath.get(companionPath)!;
    const { report } = target;
    const inputs = new Map<string, string>([[report.gazetteer, gazetteers.get(report.gazetteer)!]]);
    inputs.set(report.path, lossy(target.hi));
    if (report.po) inputs.set(report.po, lossy(target.po!));
    if (companion) {
      inputs.set(companion.path, companion.text);
      if (companion.po) inputs.set(companion.po, companion.poText!);
    }
    const paths = [report.path, ...(companion ? [companion.path] : [])];
    write(report.path, target.hi);
    if (report.po) write(report.po, target.po!);
    try {
      const result = load(paths, report.gazetteer, hindiOnly);
      expectAllOrNothing(result, paths);
      for (const e of result.ok ? result.warnings : [...result.errors, ...result.warnings]) expectLocated(e, inputs);
      if (!result.ok) return false;
      for (const article of result.articles) expectSpans(article, inputs);
      // The output's source, loaded again, gives the same articles.
      for (const article of result.articles) write(article.source.file, encode(article.source.text));
      const again = load(paths, report.gazetteer, hindiOnly);
      if (!again.ok) throw new Broken('reload', `its own source does not load: ${JSON.stringify(again.errors)}`);
      const differs = difference(result.articles, again.articles, 'articles');
      if (differs !== null) throw new Broken('reload', `loading the articles' own source gives other articles: ${differs}`);
      return true;
    } finally {
      restore(report);
    }
  }
  return { reports, counts, check };
}

// ---------------------------------------------------------------------------
// The damage

const mutationsFor = (r: Report) => {
  const words = wordsOf(r.text);
  const poWordsOf = r.poText === null ? [] : wordsOf(r.poText);
  const msgstr = r.poText === null ? [] : poValueLinesOf(r.poText, ['msgstr']);
  return { words, poWordsOf, msgstr };
};

type ReportDamage =
  | { edits: Edit[] }
  | { inserted: Array<{ at: number; what: string }> }
  | { sprinkled: { what: string; every: number } }
  | { truncated: { at: number; keep: 'head' | 'tail' } }
  | { duplicated: Array<Duplication | Inflation> }
  | { endings: string[]; bom: boolean }
  | { edits: Edit[]; duplicated: Duplication; endings: string[]; cut: number | null; bytes: ByteEdit[] | null; po: PoDamage | null };

function damageReport(text: string, d: ReportDamage): Uint8Array {
  if ('cut' in d) {
    const damaged = applyEdits(withLineEndings(duplicate(text, d.duplicated), d.endings), d.edits);
    const cut = d.cut === null ? damaged : damaged.slice(0, d.cut % (damaged.length + 1));
    return d.bytes ? corrupt(encode(cut), d.bytes) : encode(cut);
  }
  if ('edits' in d) return encode(applyEdits(text, d.edits));
  if ('inserted' in d) return encode(d.inserted.reduce((t, { at, what }) => { const i = at % (t.length + 1); return t.slice(0, i) + what + t.slice(i); }, text));
  if ('sprinkled' in d) {
    let n = 0;
    return encode(text.replace(/ /g, (space) => (++n % d.sprinkled.every === 0 ? space + d.sprinkled.what : space)));
  }
  if ('truncated' in d) return encode(truncate(text, d.truncated));
  if ('duplicated' in d) return encode(d.duplicated.reduce((t, x) => ('kind' in x ? duplicate(t, x) : inflate(t, x)), text));
  return encode((d.bom ? '\uFEFF' : '') + withLineEndings(text, d.endings));
}

type PoDamage =
  | { values: PoValueEdit[] }
  | { valueEdits: PoValueEdits[] }
  | { inserted: Array<{ line: number; at: number; what: string }> }
  | { edits: Edit[] }
  | { lineEdits: PoLineEdit[] }
  | { endings: string[] }
  | { bytes: ByteEdit[] }
  | { truncated: { at: number; keep: 'head' | 'tail' } };

function damagePo(po: string, d: PoDamage): Uint8Array {
  if ('bytes' in d) return corrupt(encode(po), d.bytes);
  if ('values' in d) return encode(d.values.reduce(setPoValue, po));
  if ('valueEdits' in d) return encode(d.valueEdits.reduce(editPoValue, po));
  if ('inserted' in d) {
    return encode(d.inserted.reduce((text, { line, at, what }) => editPoValue(text, { line, edits: [{ op: 'insert', at, length: 0, with: what }] }), po));
  }
  if ('edits' in d) return encode(applyEdits(po, d.edits));
  if ('lineEdits' in d) return encode(d.lineEdits.reduce(editPoLines, po));
  if ('endings' in d) return encode(withLineEndings(po, d.endings));
  return encode(truncate(po, d.truncated));
}

/** Damage to the msgstr lines of a translation: values replaced, edited, hostile characters inserted. */
function msgstrDamageArb(r: Report): fc.Arbitrary<PoDamage> {
  const { words, poWordsOf, msgstr } = mutationsFor(r);
  const pool = [...new Set([...words, ...poWordsOf])];
  const extra = [...poWords, ...hostile];
  return fc.oneof(
    fc.record({ values: fc.array(poValueArb(msgstr, pool, extra), { minLength: 1, maxLength: 3 }) }),
    fc.record({ valueEdits: fc.array(poValueEditsArb(msgstr, pool, extra), { minLength: 1, maxLength: 3 }) }),
    fc.record({ inserted: fc.array(fc.record({ line: fc.constantFrom(...msgstr), at: fc.nat(), what: fc.constantFrom(...hostile) }), { minLength: 1, maxLength: 4 }) }),
  );
}

/** Damage anywhere in a translation: edits, moved lines, line ends, bad bytes, truncation. */
function poDamageArb(r: Report): fc.Arbitrary<PoDamage> {
  const po = r.poText!;
  return fc.oneof(
    fc.record({ edits: editsArb(mutationsFor(r).words, [...poWords, ...hostile]) }),
    fc.record({ lineEdits: fc.array(poLineEditArb(po.split('\n').length), { minLength: 1, maxLength: 3 }) }),
    fc.record({ endings: lineEndingsArb(breaksOf(po), foreignLineEnds) }),
    fc.record({ bytes: byteEditsArb }),
    fc.record({ truncated: truncationArb(po.length) }),
  );
}

/**
 * A case: which report, which clean report beside it (or none), whether the
 * translations are read (a damaged sentence's translation is stale, so a
 * damaged report with one rarely loads; `--hindi-only` loads its Hindi), and
 * the damage.
 */
function caseArb<D>(reports: readonly Report[], damage: (r: Report) => fc.Arbitrary<D>, hindiOnly: fc.Arbitrary<boolean>) {
  return fc.constantFrom(...reports.map((r) => r.path)).chain((path) => {
    const r = reports.find((x) => x.path === path)!;
    const companion = r.others.length > 0 ? fc.option(fc.constantFrom(...r.others), { freq: 1 }) : fc.constant(null);
    return fc.record({ report: fc.constant(path), companion, hindiOnly, damage: damage(r) });
  });
}

// ---------------------------------------------------------------------------

/** Declares the fuzz of one set of folders; `name` tells its tally apart. */
export function fuzzSuite(name: string, folders: readonly Folder[]): void {
  const reports = reportsOf(folders);
  const translated = reports.filter((r) => r.po !== null);
  let root = '';
  const fuzz = fuzzer(reports, () => root);
  const started = performance.now();
  const byPath = new Map(reports.map((r) => [r.path, r]));

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'bhent-fuzz-'));
    const gazetteers = new Set(reports.map((r) => r.gazetteer));
    for (const path of [...gazetteers, ...reports.flatMap((r) => [r.path, ...(r.po ? [r.po] : [])])]) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), readFileSync(join(ROOT, path)));
    }
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    const cases = Object.values(fuzz.counts).reduce((n, c) => n + c.cases, 0);
    const ms = performance.now() - started;
    const lines = Object.entries(fuzz.counts).map(([title, c]) => `  ${c.cases} cases (${c.loaded} loaded): ${title}`);
    console.log([`fuzz ${name}: ${cases} cases over ${reports.length} reports in ${(ms / 1000).toFixed(1)} s`, ...lines].join('\n'));
    if (gazetteerParses.reused === 0) console.log('fuzz: the gazetteer was parsed afresh for every case (setup.ts no longer reaches it): slower, still sound');
    const tally: Tally = { file: name, cases, ms };
    writeFileSync(join(inject('tallyDir'), `${name}.json`), JSON.stringify(tally));
  });

  /** Runs `RUNS` cases of a damage to the report (its translation clean unless the damage says). */
  function reportProperty<D extends ReportDamage>(title: string, damage: (r: Report) => fc.Arbitrary<D>) {
    it(title, { timeout: TIMEOUT }, () => {
      const count = (fuzz.counts[title] = { cases: 0, loaded: 0 });
      fc.assert(
        fc.property(caseArb(reports, damage, fc.boolean()), ({ report, companion, hindiOnly, damage: d }) => {
          count.cases++;
          const r = byPath.get(report)!;
          const po = r.poText === null ? null : 'po' in d && d.po ? damagePo(r.poText, d.po) : encode(r.poText);
          if (fuzz.check({ report: r, hi: damageReport(r.text, d), po }, companion, hindiOnly)) count.loaded++;
        }),
        { numRuns: RUNS, ...replay },
      );
    });
  }

  /** Runs `RUNS` cases of a damage to the translation (the report clean). */
  function poProperty<D extends PoDamage>(title: string, damage: (r: Report) => fc.Arbitrary<D>) {
    it(title, { timeout: TIMEOUT }, () => {
      const count = (fuzz.counts[title] = { cases: 0, loaded: 0 });
      fc.assert(
        fc.property(caseArb(translated, damage, fc.constant(false)), ({ report, companion, damage: d }) => {
          count.cases++;
          const r = byPath.get(report)!;
          if (fuzz.check({ report: r, hi: encode(r.text), po: damagePo(r.poText!, d) }, companion, false)) count.loaded++;
        }),
        { numRuns: RUNS, ...replay },
      );
    });
  }

  describe(`the loader on every report of ${folders.map((f) => f.dir).join(', ')}, damaged`, () => {
    it('has reports to damage', () => {
      expect(reports.length).toBeGreaterThan(0);
      expect(translated.length).toBeGreaterThan(0);
    });

    reportProperty('random character edits of a report', (r) => fc.record({ edits: editsArb(mutationsFor(r).words, hostile) }));

    reportProperty('hostile characters inserted into a report, a few or after every few words', () =>
      fc.oneof(
        fc.record({ inserted: fc.array(fc.record({ at: fc.nat(), what: fc.constantFrom(...hostile) }), { minLength: 1, maxLength: 24, size: 'max' }) }),
        fc.record({ sprinkled: fc.record({ what: fc.constantFrom(...hostile), every: fc.integer({ min: 1, max: 20 }) }) }),
      ),
    );

    reportProperty('a report truncated at any point', (r) => fc.record({ truncated: truncationArb(r.text.length) }));

    reportProperty('duplicated paragraphs and slices, and paragraphs far too long', (r) =>
      fc.record({ duplicated: fc.array(fc.oneof(duplicationArb(paragraphsOf(r.text).length), inflationArb), { minLength: 1, maxLength: 2 }) }),
    );

    reportProperty('line ends of every kind, with or without a byte-order mark', (r) =>
      fc.record({ endings: lineEndingsArb(Math.max(1, breaksOf(r.text)), foreignLineEnds), bom: fc.boolean() }),
    );

    reportProperty('edits, duplications, line ends, truncation and bad bytes together, in the translation too', (r) =>
      fc.record({
        edits: editsArb(mutationsFor(r).words, hostile),
        duplicated: duplicationArb(paragraphsOf(r.text).length),
        endings: lineEndingsArb(Math.max(1, breaksOf(r.text)), foreignLineEnds),
        cut: fc.option(fc.nat(), { freq: 3 }),
        bytes: fc.option(byteEditsArb, { freq: 3 }),
        po: r.poText === null ? fc.constant(null) : fc.option(fc.oneof(msgstrDamageArb(r), poDamageArb(r)), { freq: 2 }),
      }),
    );

    poProperty('edits of the msgstr lines of a translation', msgstrDamageArb);

    poProperty('edits, moved lines, line ends, bad bytes and truncation of a translation', poDamageArb);
  });
}
