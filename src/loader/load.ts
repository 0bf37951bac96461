/**
 * The loader's thin Node shell: reads a report, its translation and the
 * gazetteer from disk and hands them to the pure core. Nothing is written
 * here; a caller writes only when every report loaded.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Article } from '../schema/article.ts';
import { decodeUtf8 } from './decode.ts';
import { MAX_REPORT_LENGTH } from './characters.ts';
import { duplicateErrors } from './duplicates.ts';
import { byPlace, type LoaderError, type LoaderWarning } from './errors.ts';
import { GazetteerSchema, gazetteerErrors, type Gazetteer } from './gazetteer.ts';
import { readJson, type JsonCodes } from './json-source.ts';
import { parse } from './parse.ts';
import { translate } from './translate.ts';

export const REPORT_SUFFIX = '.hi.txt';
export const GAZETTEER_FILE = 'gazetteer.json';
/** No file the loader reads is larger: a report's limit is in characters (characters.ts), well below this in UTF-8. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const GAZETTEER_CODES: JsonCodes = { syntax: 'gazetteer/syntax', duplicateKey: 'gazetteer/duplicate-key', unknownKey: 'gazetteer/unknown-key', invalid: 'gazetteer/invalid' };

export interface LoadOptions {
  /** Check reports without their translation: English is left out. */
  hindiOnly?: boolean;
  /** Paths in errors are shown relative to this folder. */
  cwd?: string;
  gazetteerPath?: string;
  /** Warnings count as errors: what the rules left undecided stops the load. */
  strict?: boolean;
  /** Today's date (YYYY-MM-DD) to check reports' dates against; defaults to the clock's. */
  today?: string;
  /** Warnings found before the reports were read (files of the folder not read). */
  alsoWarn?: readonly LoaderWarning[];
}

export type LoadResult =
  | { ok: true; articles: Article[]; warnings: LoaderWarning[]; files: string[] }
  | { ok: false; errors: LoaderError[]; warnings: LoaderWarning[]; files: string[] };

export function translationPathOf(reportPath: string): string {
  return reportPath.replace(/\.hi\.txt$/, '') + '.en.po';
}

export function reportsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(REPORT_SUFFIX))
    .sort()
    .map((name) => join(dir, name));
}

/** What a folder of reports may hold besides its reports and their translations. */
const DATA_FILES = new Set([GAZETTEER_FILE, 'redirects.json']);

/**
 * Every entry of a reports folder that the loader does not read, each with a
 * warning that says why: a report under another suffix (`x.txt`,
 * `X.HI.TXT`), a subfolder, a translation with no report, anything else.
 * Hidden files other than text are the system's, not an editor's.
 */
export function notReadIn(dir: string, shown: (path: string) => string = (p) => p): LoaderWarning[] {
  const warnings: LoaderWarning[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const reports = new Set(entries.filter((e) => e.isFile() && e.name.endsWith(REPORT_SUFFIX)).map((e) => e.name));
  const warn = (name: string, message: string) => warnings.push({ file: shown(join(dir, name)), line: 1, column: 1, code: 'input/not-read', message });
  for (const entry of entries) {
    const { name } = entry;
    if (reports.has(name) || DATA_FILES.has(name)) continue;
    if (entry.isDirectory()) {
      if (!name.startsWith('.')) warn(name, `the folder is not read: reports go directly in ${shown(dir)}/, not in folders within it`);
      continue;
    }
    if (name.endsWith('.en.po')) {
      if (!reports.has(name.replace(/\.en\.po$/, REPORT_SUFFIX))) warn(name, `a translation with no report: no ${name.replace(/\.en\.po$/, REPORT_SUFFIX)} beside it`);
      continue;
    }
    if (name.startsWith('.') && !/\.(?:txt|po)$/iu.test(name)) continue;
    if (name.toLowerCase().endsWith(REPORT_SUFFIX)) warn(name, `not read as a report: the name must end in "${REPORT_SUFFIX}", in lower case`);
    else if (/\.txt$/iu.test(name)) warn(name, `not read as a report: a report's name ends in "${REPORT_SUFFIX}" (YYYY-MM-DD-some-words${REPORT_SUFFIX})`);
    else warn(name, `not read: the folder holds reports (*${REPORT_SUFFIX}), their translations (*.en.po), ${[...DATA_FILES].join(' and ')}`);
  }
  return warnings;
}

/** Loads every report of a folder, and warns of each file in it that is not read. */
export function loadFolder(dir: string, options: LoadOptions = {}): LoadResult {
  const cwd = options.cwd ?? process.cwd();
  return loadReports(reportsIn(dir), { ...options, alsoWarn: notReadIn(dir, (path) => shownPath(relative(cwd, path) || path)) });
}

/** A report's file name: lower-case Latin letters, digits and single hyphens; its id is the name without the suffix. */
const REPORT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.hi\.txt$/;
/** The longest report id: a page's address and a data file are named after it. */
export const MAX_REPORT_ID = 100;

function fileNameErrors(path: string, shown: string): LoaderError[] {
  const name = basename(path);
  const problem = !REPORT_NAME.test(name)
    ? `the file name ${JSON.stringify(name)} is not allowed: a report's name is lower-case Latin letters, digits and single hyphens, ending in "${REPORT_SUFFIX}" (e.g. 2025-08-31-xi-tianjin-meetings${REPORT_SUFFIX}); rename the file`
    : name.length - REPORT_SUFFIX.length > MAX_REPORT_ID
      ? `the file name is ${name.length - REPORT_SUFFIX.length} characters long before "${REPORT_SUFFIX}"; the most is ${MAX_REPORT_ID}: rename the file`
      : null;
  return problem ? [{ file: shown, line: 1, column: 1, code: 'input/file-name', message: problem }] : [];
}

/** A path as errors show it: control characters (a line end in a file name) are written as escapes, so each error stays one line. */
export function shownPath(path: string): string {
  return path.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function readText(path: string, shown: string): { text?: string; errors: LoaderError[] } {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return { errors: [{ file: shown, line: 1, column: 1, code: 'input/too-large', message: `the file is ${size.toLocaleString('en')} bytes, more than the ${MAX_FILE_BYTES.toLocaleString('en')} the loader reads: is it the right file?` }] };
    }
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return { errors: [{ file: shown, line: 1, column: 1, code: 'input/unreadable', message: reason }] };
  }
  const decoded = decodeUtf8(bytes, shown);
  return decoded.ok ? { text: decoded.value, errors: [] } : { errors: decoded.errors };
}

export function readGazetteer(path: string, shown: string): { gazetteer?: Gazetteer; text?: string; errors: LoaderError[] } {
  const { text, errors } = readText(path, shown);
  if (text === undefined) return { errors };
  const read = readJson(text, shown, GazetteerSchema, GAZETTEER_CODES);
  if (!read.data) return { errors: read.errors };
  const invalid = gazetteerErrors(read.data, text, shown, read.source);
  return invalid.length > 0 ? { errors: invalid } : { gazetteer: read.data, text, errors: [] };
}

/** Loads the given reports (all or nothing); `files` lists every file read. */
export function loadReports(reportPaths: readonly string[], options: LoadOptions = {}): LoadResult {
  const cwd = options.cwd ?? process.cwd();
  const shown = (path: string) => shownPath(relative(cwd, path) || path);
  const gazetteerPath = options.gazetteerPath ?? defaultGazetteer(reportPaths, cwd);
  const files = [gazetteerPath];
  const { gazetteer, text: gazetteerText, errors } = readGazetteer(gazetteerPath, shown(gazetteerPath));
  const warnings: LoaderWarning[] = [...(options.alsoWarn ?? [])];
  const articles: Article[] = [];
  if (!gazetteer) return { ok: false, errors, warnings, files };

  const sources: Array<{ file: string; text: string }> = [];
  for (const path of reportPaths) {
    files.push(path);
    const named = fileNameErrors(path, shown(path));
    errors.push(...named);
    if (named.length > 0) continue;
    const report = readText(path, shown(path));
    errors.push(...report.errors);
    if (report.text === undefined) continue;
    // A report refused for its size is not compared: it is not published either way.
    if (report.text.length <= MAX_REPORT_LENGTH) sources.push({ file: shown(path), text: report.text });
    const parsed = parse(report.text, shown(path), { gazetteer, gazetteerFile: shown(gazetteerPath), gazetteerText, today: options.today });
    warnings.push(...parsed.warnings);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    if (options.hindiOnly) {
      articles.push(parsed.article);
      continue;
    }
    const poPath = translationPathOf(path);
    files.push(poPath);
    // A report whose translation has not come yet is published in Hindi.
    if (!existsSync(poPath)) {
      warnings.push({ file: shown(path), line: 1, column: 1, code: 'translation/missing-file', message: `no translation file ${shown(poPath)} yet: the report is shown in Hindi (npm run load -- --template makes one)` });
      articles.push(parsed.article);
      continue;
    }
    const po = readText(poPath, shown(poPath));
    errors.push(...po.errors);
    if (po.text === undefined) continue;
    const joined = translate(parsed.article, po.text, shown(poPath));
    if (joined.ok) articles.push(joined.article);
    else errors.push(...joined.errors);
  }
  errors.push(...duplicateErrors(sources));
  const ids = new Map<string, string>();
  for (const article of articles) {
    const other = ids.get(article.id);
    if (other) errors.push({ file: article.source.file, line: 1, column: 1, code: 'schema/invalid', message: `report id "${article.id}" is also the id of ${other}` });
    ids.set(article.id, article.source.file);
  }
  if (options.strict) errors.push(...warnings.splice(0));
  warnings.sort(byPlace);
  return errors.length > 0 ? { ok: false, errors: errors.sort(byPlace), warnings, files } : { ok: true, articles, warnings, files };
}

/** The gazetteer beside the first report, else the one in `seeds/`. */
function defaultGazetteer(reportPaths: readonly string[], cwd: string): string {
  const beside = reportPaths[0] && join(dirname(reportPaths[0]), GAZETTEER_FILE);
  return beside && existsSync(beside) ? beside : join(cwd, 'seeds', GAZETTEER_FILE);
}

export function reportName(path: string): string {
  return basename(path, REPORT_SUFFIX);
}
