/**
 * npm run load [--hindi-only] [--strict] [--out DIR] [--template] [--gazetteer FILE] [report.hi.txt …]
 *
 * Prints the articles as JSON (or writes one file per report into DIR), and
 * what the rules left undecided as file:line:column: warning: code: message.
 * On bad input prints every error as file:line:column: code: message, writes
 * nothing and exits 1; --strict makes every warning an error. --template
 * prints a translation file to fill in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError, formatWarning } from './errors.ts';
import { loadFolder, loadReports, reportsIn } from './load.ts';
import { renderPo } from './po.ts';
import { unitsOf, type Unit } from './translate.ts';
import type { Article } from '../schema/article.ts';
import { locate } from './errors.ts';

const USAGE = 'usage: npm run load -- [--hindi-only] [--strict] [--template] [--out DIR] [--gazetteer FILE] [report.hi.txt …]';

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'hindi-only': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        template: { type: 'boolean', default: false },
        out: { type: 'string' },
        gazetteer: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const reports = args.positionals.length > 0 ? args.positionals.map((p) => resolve(p)) : reportsIn(resolve('seeds'));
  if (reports.length === 0) {
    process.stderr.write(`no reports (*.hi.txt) found\n${USAGE}\n`);
    return 2;
  }
  const hindiOnly = args.values['hindi-only'] || args.values.template;
  const options = { hindiOnly, strict: args.values.strict, gazetteerPath: args.values.gazetteer && resolve(args.values.gazetteer) };
  // With no reports named, the whole folder is read, and what in it is not read is named.
  const result = args.positionals.length > 0 ? loadReports(reports, options) : loadFolder(resolve('seeds'), options);
  if (result.warnings.length > 0) process.stderr.write(result.warnings.map(formatWarning).join('\n') + `\n${result.warnings.length} warning(s)\n`);
  if (!result.ok) {
    process.stderr.write(result.errors.map(formatError).join('\n') + `\n${result.errors.length} error(s); nothing written\n`);
    return 1;
  }
  if (args.values.template) {
    process.stdout.write(result.articles.map((a) => template(a)).join('\n'));
    return 0;
  }
  if (args.values.out) {
    mkdirSync(args.values.out, { recursive: true });
    for (const article of result.articles) writeFileSync(join(args.values.out, `${article.id}.json`), JSON.stringify(article, null, 2) + '\n');
    process.stderr.write(`wrote ${result.articles.length} article(s) to ${args.values.out}\n`);
    return 0;
  }
  process.stdout.write(JSON.stringify(result.articles.length === 1 ? result.articles[0] : result.articles, null, 2) + '\n');
  return 0;
}

function template(article: Article): string {
  return renderPo(
    unitsOf(article).map((unit) => ({
      context: unit.context,
      msgid: unit.hi,
      msgstr: '',
      comments: commentFor(unit),
      reference: unit.offset === null ? undefined : `${article.source.file}:${locate(article.source.text, unit.offset).line}`,
    })),
    'en',
  );
}

/** What a translator needs to know about an entry that is not a sentence of the report. */
function commentFor(unit: Unit): string[] {
  if (unit.context.startsWith('editorial/')) return ['Editorial: write the Hindi in msgid and the English in msgstr.'];
  if (unit.context.startsWith('person/')) return [`The English name of ${unit.hi}; the gazetteer does not list this person.`];
  return [];
}

process.exitCode = main(process.argv.slice(2));
