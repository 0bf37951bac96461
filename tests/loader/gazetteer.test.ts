import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/loader/gazetteer.ts';
import { readGazetteer } from '../../src/loader/load.ts';
import { parse } from '../../src/loader/parse.ts';
import { SEED, gazetteer, parseReport, seedText } from './helpers.ts';

const GAZETTEER = 'seeds/gazetteer.json';
const REPORT = '2025-08-31-xi-tianjin-meetings';
const override = (sentence: string, meeting: string, speaker: string) => ({ report: REPORT, sentence, meeting, speaker, why: 'test' });
const lineColumn = (text: string, needle: string, after = '') => {
  const before = text.slice(0, text.indexOf(needle, text.indexOf(after))).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
};

/** Errors of the seed parsed with these overrides, the gazetteer written as a file would be. */
function overrideErrors(overrides: Gazetteer['overrides']) {
  const gz = { ...gazetteer, overrides };
  const text = JSON.stringify(gz, null, 2);
  const result = parse(seedText, SEED, { gazetteer: gz, gazetteerFile: GAZETTEER, gazetteerText: text });
  return { text, errors: result.ok ? [] : result.errors.map((e) => ({ file: e.file, code: e.code, line: e.line, column: e.column })) };
}

describe('errors in the gazetteer', () => {
  it('an override naming a meeting the report does not have, at that override', () => {
    const { text, errors } = overrideErrors([override('p2.s2', 'kg', 'xi-jinping'), override('p2.s3', 'zz', 'nobody')]);
    expect(errors).toEqual([{ file: GAZETTEER, code: 'attribution/unknown-override', ...lineColumn(text, '"p2.s3"') }]);
  });

  it('an override whose speaker is neither the host nor that meeting\'s visitor', () => {
    const { text, errors } = overrideErrors([override('p2.s2', 'kg', 'ilham-aliyev')]);
    expect(errors).toEqual([{ file: GAZETTEER, code: 'attribution/unknown-override', ...lineColumn(text, '"p2.s2"') }]);
  });

  it('a country whose capital is not a place, at the capital', () => {
    const text = JSON.stringify(gazetteer, null, 2).replace('"capital": "baku"', '"capital": "bakoo"');
    const file = join(mkdtempSync(join(tmpdir(), 'bhent-')), 'gazetteer.json');
    writeFileSync(file, text);
    const { gazetteer: loaded, errors } = readGazetteer(file, GAZETTEER);
    expect(loaded).toBeUndefined();
    expect(errors.map((e) => ({ code: e.code, line: e.line, column: e.column }))).toEqual([{ code: 'gazetteer/invalid', ...lineColumn(text, '"bakoo"') }]);
  });
});

describe('a decision an editor takes, with its reason', () => {
  // The seed as it would be if its lead named no place: the venue would not be known, with a warning.
  const unplaced = seedText.replace('थ्येनचिन में ', '');
  const decide = (decisions: Gazetteer['decisions'], text = unplaced) => {
    const result = parseReport(text, SEED, { decisions });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return { meetings: result.article.meetings, warnings: result.warnings.map((w) => w.code).filter((c) => c === 'entity/no-venue') };
  };
  const decision = (fact: 'venue' | 'host' | 'date', value: string | null, meeting?: string) => ({ report: REPORT, ...(meeting ? { meeting } : {}), fact, value, why: `the ${fact}, for the test` });
  /** Errors of the seed parsed with these decisions, the gazetteer written as a file would be. */
  const decisionErrors = (decisions: Gazetteer['decisions']) => {
    const text = JSON.stringify({ ...gazetteer, decisions }, null, 2);
    const file = join(mkdtempSync(join(tmpdir(), 'bhent-')), 'gazetteer.json');
    writeFileSync(file, text);
    const read = readGazetteer(file, GAZETTEER);
    const parsed = read.gazetteer && parse(seedText, SEED, { gazetteer: read.gazetteer, gazetteerFile: GAZETTEER, gazetteerText: text });
    const errors = [...read.errors, ...(parsed && !parsed.ok ? parsed.errors : [])];
    return { text, errors: errors.map((e) => ({ file: e.file, code: e.code, line: e.line, column: e.column })) };
  };

  it('without one, a venue the text does not give stays unknown, and a warning says so', () => {
    const { meetings, warnings } = decide([]);
    for (const m of meetings) expect(m.venue).toEqual({ value: null, from: 'unknown' });
    expect(warnings).toEqual(['entity/no-venue']);
  });

  it('a venue: a place of the gazetteer, or none known, for every meeting, with no warning left', () => {
    const placed = decide([decision('venue', 'tianjin')]);
    for (const m of placed.meetings) expect(m.venue).toEqual({ value: 'tianjin', from: 'editor', why: 'the venue, for the test' });
    expect(placed.warnings).toEqual([]);
    const none = decide([decision('venue', null)]);
    for (const m of none.meetings) expect(m.venue).toEqual({ value: null, from: 'editor', why: 'the venue, for the test' });
  });

  it('a date and a host for one meeting only, the others as the text has them', () => {
    const { meetings } = decide([decision('date', '2025-08-31', 'az'), decision('host', null, 'az')], seedText);
    const az = meetings.find((m) => m.id === 'az')!;
    expect([az.date, az.host]).toEqual([
      { value: '2025-08-31', from: 'editor', why: 'the date, for the test' },
      { value: null, from: 'editor', why: 'the host, for the test' },
    ]);
    const kg = meetings.find((m) => m.id === 'kg')!;
    expect([kg.date.from, kg.host]).toMatchObject(['unknown', { value: 'xi-jinping', from: 'text' }]);
  });

  it('a venue that is not a place, a date that is no date: errors, at the value', () => {
    const { text, errors } = decisionErrors([decision('venue', 'tianjn'), decision('date', '2025-02-30')]);
    expect(errors).toEqual([
      { file: GAZETTEER, code: 'gazetteer/invalid', ...lineColumn(text, '"tianjn"') },
      { file: GAZETTEER, code: 'gazetteer/invalid', ...lineColumn(text, '"2025-02-30"') },
    ]);
  });

  it('a host who is not a participant of the meeting, a meeting the report does not have: errors, at the value', () => {
    const { text, errors } = decisionErrors([decision('host', 'sadyr-japarov', 'az'), decision('date', '2025-08-30', 'fr')]);
    expect(errors).toEqual([
      { file: GAZETTEER, code: 'gazetteer/invalid', ...lineColumn(text, '"sadyr-japarov"', '"decisions"') },
      { file: GAZETTEER, code: 'gazetteer/invalid', ...lineColumn(text, '"2025-08-30"') },
    ]);
  });

  it('a key the gazetteer does not know is an error, not ignored', () => {
    const text = JSON.stringify({ ...gazetteer, decisions: [{ ...decision('venue', 'tianjin'), becuase: 'typo' }] }, null, 2);
    const file = join(mkdtempSync(join(tmpdir(), 'bhent-')), 'gazetteer.json');
    writeFileSync(file, text);
    const { gazetteer: loaded, errors } = readGazetteer(file, GAZETTEER);
    expect(loaded).toBeUndefined();
    expect(errors.map((e) => ({ code: e.code, line: e.line, column: e.column, message: e.message }))).toEqual([
      { code: 'gazetteer/unknown-key', ...lineColumn(text, '"becuase"'), message: expect.stringContaining('the keys allowed are report, meeting, fact, value, why') },
    ]);
  });
});

describe('an office from the gazetteer, dated', () => {
  it('is used only where the report gives none, as an editor\'s fact with the dates that cover the report', () => {
    // "बेलारूस के लुकाशंको": named with his country, but no office.
    const untitled = seedText.replace('बेलारूस के राष्ट्रपति लुकाशंको', 'बेलारूस के लुकाशंको');
    const result = parseReport(untitled);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const lukashenko = result.article.people.find((p) => p.id === 'alexander-lukashenko')!;
    expect(lukashenko.title).toMatchObject({ value: 'president', office: { hi: 'राष्ट्रपति', en: 'President' }, from: 'editor', why: expect.stringContaining('1994-07-20') });
  });

  it('an office the dates do not cover is not given: the office stays unknown', () => {
    const untitled = seedText.replace('बेलारूस के राष्ट्रपति लुकाशंको', 'बेलारूस के लुकाशंको');
    const people = gazetteer.people.map((p) => (p.id === 'alexander-lukashenko' ? { ...p, titles: [{ title: 'president' as const, from: '1994-07-20', to: '2020-01-01' }] } : p));
    const result = parseReport(untitled, SEED, { people });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.article.people.find((p) => p.id === 'alexander-lukashenko')!.title).toEqual({ value: null, office: null, from: 'unknown' });
  });
});
