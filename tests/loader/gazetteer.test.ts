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
const lineColumn = (text: string, needle: string) => {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
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

describe('a venue an editor settles', () => {
  // The seed as it would be if its lead named no place: the venue would be the dateline's, with a warning.
  const unplaced = seedText.replace('थ्येनचिन में ', '');
  const read = (venues: Gazetteer['venues']) => {
    const result = parseReport(unplaced, SEED, { venues });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return { venue: result.article.venue, warnings: result.warnings.map((w) => w.code).filter((c) => c === 'entity/no-venue') };
  };

  it('without one, the rules take the dateline\'s place and say so', () => {
    expect(read([])).toEqual({ venue: 'beijing', warnings: ['entity/no-venue'] });
  });

  it('a place of the gazetteer, or none known, with no warning left', () => {
    expect(read([{ report: REPORT, place: 'tianjin', why: 'test' }])).toEqual({ venue: 'tianjin', warnings: [] });
    expect(read([{ report: REPORT, place: null, why: 'test' }])).toEqual({ venue: null, warnings: [] });
  });

  it('a venue that is not a place is an error, at the venue', () => {
    const text = JSON.stringify({ ...gazetteer, venues: [{ report: REPORT, place: 'tianjn', why: 'test' }] }, null, 2);
    const file = join(mkdtempSync(join(tmpdir(), 'bhent-')), 'gazetteer.json');
    writeFileSync(file, text);
    const { gazetteer: loaded, errors } = readGazetteer(file, GAZETTEER);
    expect(loaded).toBeUndefined();
    expect(errors.map((e) => ({ code: e.code, line: e.line, column: e.column }))).toEqual([{ code: 'gazetteer/invalid', ...lineColumn(text, '"tianjn"') }]);
  });
});
