import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SEED, seedText } from './helpers.ts';

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const load = (...args: string[]) => spawnSync(TSX, ['src/loader/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const LOCATED = /^[^:\s]+:\d+:\d+: [a-z]+\/[a-z-]+: .+$/;

// Each case starts the CLI (about a second each on an idle machine).
describe('npm run load', { timeout: 30_000 }, () => {
  it('prints every report of seeds/, each with a translation file with English for every sentence, and exits 0', () => {
    const run = load();
    expect(run.status).toBe(0);
    const articles = JSON.parse(run.stdout) as Array<{ id: string; source: { translation?: string }; sentences: Array<{ id: string; text: { en?: string } }> }>;
    expect(articles.map((a) => a.id)).toEqual(readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.hi.txt')).map((f) => f.replace('.hi.txt', '')));
    // A report whose translation has not come yet is published in Hindi (README): only the translated ones must be whole.
    const translated = articles.filter((a) => a.source.translation === `seeds/${a.id}.en.po`);
    expect(translated.map((a) => a.id)).toContain('2025-08-31-xi-tianjin-meetings');
    for (const article of translated) expect(article.sentences.filter((s) => !s.text.en).map((s) => s.id), article.id).toEqual([]);
  });

  it('on bad input prints every error located, exits 1 and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bhent-'));
    const bad = join(dir, 'broken.hi.txt');
    writeFileSync(bad, seedText.replace('2025-08-31', '2025-13-01').replace('जोपारोव से मुलाकात के समय ', ''));
    const out = join(dir, 'out');
    const run = load('--out', out, SEED, bad);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    const errors = lines.filter((l) => LOCATED.test(l));
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]).toMatch(/broken\.hi\.txt:1:7: header\/invalid-date: /);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('prints what the rules left undecided as located warnings and exits 0; --strict makes them errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bhent-'));
    const report = join(dir, '2025-08-31-unsure.hi.txt');
    writeFileSync(report, seedText.replace('लुकाशंको ने कहा कि', 'मकेई ने कहा कि'));
    const gazetteer = ['--gazetteer', 'seeds/gazetteer.json'];
    const run = load('--hindi-only', ...gazetteer, report);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/unsure\.hi\.txt:13:1: warning: attribution\/unknown-speaker: p7\.s1: "मकेई" is not one of the report's leaders/);
    expect(JSON.parse(run.stdout).sentences.find((s: { id: string }) => s.id === 'p7.s1').speaker).toBeNull();
    const strict = load('--hindi-only', '--strict', ...gazetteer, report);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/unsure\.hi\.txt:13:1: attribution\/unknown-speaker: /);
    expect(strict.stdout).toBe('');
  });

  it('a report without its translation yet loads in Hindi, with a warning; --hindi-only checks one alone', () => {
    const report = `${FIXTURES}/2025-01-10-modi-delhi.hi.txt`;
    const without = load(report);
    expect(without.status).toBe(0);
    expect(without.stderr).toMatch(/modi-delhi\.hi\.txt:1:1: warning: translation\/missing-file: /);
    expect(JSON.parse(without.stdout).source.translation).toBeUndefined();
    const hindiOnly = load('--hindi-only', report);
    expect(hindiOnly.status).toBe(0);
    expect(JSON.parse(hindiOnly.stdout).meetings[0].id).toBe('np');
  });

  it('--out writes one JSON file per report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bhent-')), 'data');
    expect(load('--out', out).status).toBe(0);
    expect(readdirSync(out)).toEqual(readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.hi.txt')).map((f) => f.replace('.hi.txt', '.json')));
  });

  it('--template says what a person entry is for, and an editorial one', () => {
    const run = load('--template', `${FIXTURES}/2024-09-05-putin-vladivostok.hi.txt`);
    expect(run.status).toBe(0);
    const block = (context: string) => run.stdout.split('\n\n').find((b) => b.includes(`msgctxt "${context}"`));
    expect(block('person/ukhanagin-khurelasukh')).toMatch(/^#\. The English name of उखनागीन खुरेलसुख; the gazetteer does not list this person\.\n/);
    expect(block('person/ukhanagin-khurelasukh')).not.toContain('Editorial');
    expect(block('editorial/headline')).toMatch(/^#\. Editorial: /);
  });
});
