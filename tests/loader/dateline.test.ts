/**
 * The dateline in each form newsrooms print it: where it ends, the place and
 * agency it names, and what is not a dateline at all.
 */
import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/loader/dateline.ts';
import type { LoaderError } from '../../src/loader/errors.ts';
import { indexGazetteer } from '../../src/loader/gazetteer.ts';
import { gazetteer } from './helpers.ts';

const gz = indexGazetteer(gazetteer);
const LEAD = ' प्रधानमंत्री नरेंद्र मोदी ने आज यहां मुलाकात की।';

function read(opening: string, date: string | null = '2025-08-31') {
  const at = (offset: number, code: LoaderError['code'], message: string): LoaderError => ({ file: 'x.hi.txt', line: 1, column: offset + 1, code, message });
  return readDateline(`${opening}${LEAD}`, 0, date, gz, at);
}

describe('datelines', () => {
  it.each([
    ['बीजिंग, 31 अगस्त (आईएएनएस)।', 'beijing', 'ians'],
    ['बीजिंग, 31 अगस्त (आईएएनएस)|', 'beijing', 'ians'],
    ['नई दिल्ली, 31 अगस्त।', 'new-delhi', null],
    ['नई दिल्ली :', 'new-delhi', null],
    ['बीजिंग:', 'beijing', null],
    ['अहमदाबादः', 'ahmedabad', null],
    ['नई दिल्ली, अगस्त 31 --', 'new-delhi', null],
    ['नई दिल्ली, 31 अगस्त, (वीएनआई)', 'new-delhi', 'vni'],
    ['नई दिल्ली (एजेंसी).', 'new-delhi', 'agencies'],
    ['मास्को।', 'moscow', null],
    ['बीजिंग |', 'beijing', null],
    ['नई दिल्ली,', 'new-delhi', null],
  ])('%s names %s', (opening, place, agency) => {
    const found = read(opening);
    expect(found?.dateline).toEqual({ span: [0, opening.trimEnd().length], text: opening.trimEnd(), place, agency });
    expect(found?.warnings).toEqual([]);
  });

  it('a visarga after the place is its colon, and the place is looked up without it', () => {
    expect(read('अहमदाबादः')?.dateline.place).toBe('ahmedabad');
  });

  it.each(['कुरुक्षेत्र, 31 अगस्त (भाषा)।', 'कुरुक्षेत्र।'])('an unknown place is kept as a dateline, with a located warning: %s', (opening) => {
    const found = read(opening);
    expect(found?.dateline).toMatchObject({ place: null, text: opening });
    expect(found?.warnings.map((w) => [w.code, w.column])).toEqual([['dateline/unknown-place', 1]]);
  });

  it('a date that is not the report\'s is warned about where it is written', () => {
    const found = read('बीजिंग, 30 अगस्त (आईएएनएस)।');
    expect(found?.warnings.map((w) => [w.code, w.column])).toEqual([['dateline/date-mismatch', 9]]);
  });

  it.each([['शी ने कहा:'], ['प्रधानमंत्री नरेंद्र मोदी ने'], ['इस बीच,'], ['कुरुक्षेत्र,']])('"%s" opens a sentence, not a dateline', (opening) => {
    expect(read(opening)).toBeNull();
  });
});
