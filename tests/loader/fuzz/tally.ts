/**
 * Counts the fuzz: each file writes how many cases it ran (tallyDir), and at
 * the end the total and the wall time are printed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    tallyDir: string;
  }
}

export interface Tally {
  file: string;
  cases: number;
  ms: number;
}

/** What the suite promises: at least this many generated cases in one run, all properties together. */
export const MIN_CASES = 10_000;

export default function setup(project: TestProject) {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'bhent-fuzz-tally-'));
  project.provide('tallyDir', dir);
  return () => {
    const tallies: Tally[] = readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Tally);
    rmSync(dir, { recursive: true, force: true });
    const cases = tallies.reduce((n, t) => n + t.cases, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const t of tallies) console.log(`fuzz: ${t.file}: ${t.cases} cases in ${(t.ms / 1000).toFixed(1)} s`);
    console.log(`fuzz: ${cases} cases in all (at least ${MIN_CASES} asked), ${seconds} s wall time`);
    // A run cut short (a file skipped, fewer runs per property) fails; FUZZ_RUNS asks for another number on purpose.
    if (process.env.FUZZ_RUNS === undefined && cases < MIN_CASES) throw new Error(`fuzz: only ${cases} cases ran; the suite promises at least ${MIN_CASES}`);
  };
}
