import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SEED } from './helpers.ts';

// Translators open these files with gettext's tools; GNU msgfmt is the judge.
// CI installs it (.ci/run); a machine without it skips, and says so.
const installed = spawnSync('msgfmt', ['--version']).status === 0;
if (!installed) console.warn('msgfmt is not installed (Debian: apt-get install gettext): the PO checks are skipped.');

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const poFiles = ['seeds', 'tests/fixtures'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.po'))
    .map((file) => join(dir, file)),
);

/** What `msgfmt --check` prints about a file: nothing when it is clean. */
function msgfmtCheck(file: string) {
  const run = spawnSync('msgfmt', ['--check', '-o', '/dev/null', file], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.skipIf(!installed)('msgfmt --check', { timeout: 30_000 }, () => {
  it('finds the translation files', () => {
    expect(poFiles).toContain('seeds/2025-08-31-xi-tianjin-meetings.en.po');
    expect(poFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(poFiles)('passes %s with no warning', (file) => {
    expect(msgfmtCheck(file)).toEqual({ status: 0, output: '' });
  });

  it.each([SEED, `${FIXTURES}/2024-09-05-putin-vladivostok.hi.txt`])('passes the template written for %s with no warning', (report) => {
    const run = spawnSync(TSX, ['src/loader/cli.ts', '--template', report], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'bhent-po-')), 'template.po');
    writeFileSync(file, run.stdout);
    expect(msgfmtCheck(file)).toEqual({ status: 0, output: '' });
  });
});
