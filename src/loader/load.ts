/**
 * The loader's thin Node shell: reads a report, its translation and the
 * gazetteer from disk and hands them to the pure core. Nothing is written
 * here; a caller writes only when every report loaded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Article } from '../schema/article.ts';
import { decodeUtf8 } from './decode.ts';
import { byPlace, type LoaderError, type LoaderWarning } from './errors.ts';
import { GazetteerSchema, gazetteerErrors, type Gazetteer } from './gazetteer.ts';
import { parse } from './parse.ts';
import { translate } from './translate.ts';

export const REPORT_SUFFIX = '.hi.txt';
export const GAZETTEER_FILE = 'gazetteer.json';

export interface LoadOptions {
  /** Check reports without their translation: English is left out. */
  hindiOnly?: boolean;
  /** Paths in errors are shown relative to this folder. */
  cwd?: string;
  gazetteerPath?: string;
  /** Warnings count as errors: what the rules left undecided stops the load. */
  strict?: boolean;
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

function readText(path: string, shown: string): { text?: string; errors: LoaderError[] } {
  let bytes: Uint8Array;
  try {
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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { errors: [{ file: shown, line: 1, column: 1, code: 'gazetteer/invalid', message: (e as Error).message }] };
  }
  const result = GazetteerSchema.safeParse(json);
  if (result.success) {
    const invalid = gazetteerErrors(result.data, text, shown);
    return invalid.length > 0 ? { errors: invalid } : { gazetteer: result.data, text, errors: [] };
  }
  return {
    errors: result.error.issues.map((issue) => ({
      file: shown,
      line: 1,
      column: 1,
      code: 'gazetteer/invalid' as const,
      message: `${issue.path.join('.')}: ${issue.message}`,
    })),
  };
}

/** Loads the given reports (all or nothing); `files` lists every file read. */
export function loadReports(reportPaths: readonly string[], options: LoadOptions = {}): LoadResult {
  const cwd = options.cwd ?? process.cwd();
  const shown = (path: string) => relative(cwd, path) || path;
  const gazetteerPath = options.gazetteerPath ?? defaultGazetteer(reportPaths, cwd);
  const files = [gazetteerPath];
  const { gazetteer, text: gazetteerText, errors } = readGazetteer(gazetteerPath, shown(gazetteerPath));
  const warnings: LoaderWarning[] = [];
  const articles: Article[] = [];
  if (!gazetteer) return { ok: false, errors, warnings, files };

  for (const path of reportPaths) {
    files.push(path);
    const report = readText(path, shown(path));
    errors.push(...report.errors);
    if (report.text === undefined) continue;
    const parsed = parse(report.text, shown(path), { gazetteer, gazetteerFile: shown(gazetteerPath), gazetteerText });
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
