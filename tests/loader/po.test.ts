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
});
