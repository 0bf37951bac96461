import { po as gettextPo } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { parsePo, renderPo } from '../../src/loader/po.ts';
import { SEED_PO, seedPo } from './helpers.ts';

describe('translation files', () => {
  it('read the same with a standard gettext tool as with the loader', () => {
    const standard = gettextPo.parse(seedPo);
    const theirs = Object.entries(standard.translations)
      .flatMap(([context, entries]) => Object.values(entries).map((e) => [context, e.msgid, e.msgstr[0]]))
      .filter(([context, msgid]) => context !== '' || msgid !== '')
      .sort();
    const ours = parsePo(seedPo, SEED_PO).entries.map((e) => [e.context, e.msgid, e.msgstr]).sort();
    expect(ours).toEqual(theirs);
    expect(ours.length).toBe(21);
  });

  it('round-trip escapes through writing and reading', () => {
    const entries = [{ context: 'p1.s1', msgid: 'उद्धरण "भीतर" \\ और\nनई पंक्ति', msgstr: 'A "quote" \\ and\ta tab' }];
    const back = parsePo(renderPo(entries, 'en'), 'x.po');
    expect(back.errors).toEqual([]);
    expect(back.entries.map((e) => [e.context, e.msgid, e.msgstr])).toEqual([['p1.s1', entries[0]!.msgid, entries[0]!.msgstr]]);
    expect(gettextPo.parse(renderPo(entries, 'en')).translations['p1.s1']?.[entries[0]!.msgid]?.msgstr).toEqual([entries[0]!.msgstr]);
  });

  it('accept every C escape PO allows: bell, backspace, form feed, vertical tab, octal and hex bytes', () => {
    const po = 'msgctxt "p1.s1"\nmsgid "x"\nmsgstr "\\a\\b\\f\\v \\101\\x42 \\303\\251\\xc3\\xa9"\n';
    const { entries, errors } = parsePo(po, 'x.po');
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.msgstr)).toEqual(['\x07\b\f\v AB éé']);
  });
});

describe('errors in a translation file', () => {
  const errorsOf = (po: string) => parsePo(po, 'x.po').errors.map((e) => [e.code, e.line, e.column]);
  const header = 'msgid ""\nmsgstr "Language: en\\n"\n';

  it('an escape C does not have, or escaped bytes that are not UTF-8, at the line', () => {
    expect(errorsOf(`${header}\nmsgctxt "p1.s1"\nmsgid "x"\nmsgstr "a \\q"\n`)).toEqual([['translation/syntax', 6, 1]]);
    expect(errorsOf(`${header}\nmsgctxt "p1.s1"\nmsgid "x"\nmsgstr "\\xff"\n`)).toEqual([['translation/syntax', 6, 1]]);
  });

  it('a msgstr with no msgid', () => {
    expect(errorsOf(`${header}\nmsgctxt "p1.s1"\nmsgid "x"\nmsgstr "y"\nmsgstr "z"\n`)).toEqual([['translation/syntax', 7, 1]]);
    expect(errorsOf(`${header}\nmsgstr "z"\n`)).toEqual([['translation/syntax', 4, 1]]);
  });

  it('a second header entry', () => {
    expect(errorsOf(`${header}\n${header}\nmsgctxt "p1.s1"\nmsgid "x"\nmsgstr "y"\n`)).toEqual([['translation/duplicate', 4, 1]]);
  });
});
