/**
 * One report under two file names would be published twice, as two reports,
 * and count each of its meetings twice. Reports are compared by their words
 * (Unicode NFC; spaces, punctuation, invisible characters and the header
 * left out): the same words, or — on the same date — nearly all of the
 * shorter one's runs of words found in the other, is one report. A report of
 * another day may recap an earlier one's words: it is another report.
 */
import type { LoaderError } from './errors.ts';
import { FILE_DATE, HEADER } from './structure.ts';

/** How many words make a run (a shingle). */
const RUN = 5;
/** The share of the shorter report's runs found in the other that makes it the same report. */
export const NEAR = 0.9;
/** A report shorter than this many runs is compared only word for word. */
const MIN_RUNS = 20;

export function wordsOf(text: string): string[] {
  const body = text.normalize('NFC').replace(HEADER, '');
  return body.split(/[\s\p{P}\p{S}\p{Cc}\p{Cf}]+/u).filter(Boolean);
}


/** The report's date as the header or the file name gives it, or null. */
function dateOf(file: string, text: string): string | null {
  return HEADER.exec(text)?.[1] ?? FILE_DATE.exec(file.split(/[\\/]/).pop() ?? '')?.[1] ?? null;
}

function runsOf(words: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
  return runs;
}

/** An error on the later of each pair of reports that are one report, naming the earlier. */
export function duplicateErrors(sources: ReadonlyArray<{ file: string; text: string }>): LoaderError[] {
  const errors: LoaderError[] = [];
  const byWords = new Map<string, string>();
  const holders = new Map<string, number[]>();
  const sizes: number[] = [];
  const dates = sources.map(({ file, text }) => dateOf(file, text));
  sources.forEach(({ file, text }, i) => {
    const words = wordsOf(text);
    const key = words.join(' ');
    const same = byWords.get(key);
    const runs = runsOf(words);
    sizes.push(runs.size);
    if (same !== undefined && key !== '') {
      errors.push({ file, line: 1, column: 1, code: 'input/duplicate-report', message: `the same report as ${same} (the same words, apart from spaces and punctuation): keep one of the two files` });
    } else {
      byWords.set(key, file);
      const shared = new Map<number, number>();
      for (const run of runs) {
        for (const j of holders.get(run) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
      for (const [j, count] of shared) {
        const smaller = Math.min(runs.size, sizes[j]!);
        if (smaller < MIN_RUNS || count / smaller < NEAR || dates[i] !== dates[j]) continue;
        const share = Math.floor((100 * count) / smaller);
        errors.push({ file, line: 1, column: 1, code: 'input/duplicate-report', message: `nearly the same report as ${sources[j]!.file} (${share}% of the shorter one's wording is in the other): keep one of the two files` });
        break;
      }
    }
    for (const run of runs) {
      const list = holders.get(run);
      if (list) list.push(i);
      else holders.set(run, [i]);
    }
  });
  return errors;
}
