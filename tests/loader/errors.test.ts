import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/loader/decode.ts';
import { formatError, type LoaderError } from '../../src/loader/errors.ts';
import { translate } from '../../src/loader/translate.ts';
import { FIXTURES, SEED, SEED_PO, parseReport, parsed, read, seedPo, seedText } from './helpers.ts';

function errorsOf(text: string): LoaderError[] {
  const result = parseReport(text);
  if (result.ok) throw new Error('expected errors, got an article');
  return result.errors;
}
const where = (e: LoaderError) => ({ code: e.code, line: e.line, column: e.column });
const poLine = (po: string, needle: string) => po.slice(0, po.indexOf(needle)).split('\n').length;
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
/** Column of `needle` on the first line. */
const columnOf = (text: string, needle: string) => text.indexOf(needle) + 1;
const article = parsed(seedText);

describe('errors in a report', () => {
  it('an empty file', () => {
    expect(errorsOf('').map(where)).toEqual([{ code: 'input/empty', line: 1, column: 1 }]);
    expect(errorsOf('\n  \n').map(where)).toEqual([{ code: 'input/empty', line: 1, column: 1 }]);
  });

  it('no date header', () => {
    const text = seedText.replace(' date 2025-08-31 ', '');
    expect(errorsOf(text).map(where)).toEqual([{ code: 'header/missing-date', line: 1, column: 1 }]);
  });

  it('an impossible date, pointing at the date', () => {
    const errors = errorsOf(seedText.replace('2025-08-31', '2025-02-30'));
    expect(errors.map(where)).toEqual([{ code: 'header/invalid-date', line: 1, column: 7 }]);
  });

  it('a dateline that disagrees with the header', () => {
    const errors = errorsOf(seedText.replace('31 अगस्त', '30 अगस्त'));
    expect(errors.map((e) => [e.code, e.line])).toEqual([['dateline/date-mismatch', 1]]);
  });

  it('a credit line given twice, pointing at the second rather than dropping it', () => {
    const credit = '(साभार- चाइना मीडिय ग्रुप, पेइचिंग)';
    const text = seedText.replace(credit, `${credit}\n\n${credit}`);
    expect(errorsOf(text).map(where)).toEqual([{ code: 'structure/trailing-text', line: lineOf(text, credit) + 2, column: 1 }]);
  });

  it('a statement paragraph whose meeting cannot be decided', () => {
    const text = seedText.replace('अलीयेव के साथ वार्ता में शी ने कहा कि ', '');
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([['attribution/undecided-meeting', lineOf(text, 'चीन और अजरबैजान अच्छे'), 1]]);
    expect(errors[0]!.message).toContain('p4.s1');
  });

  it('a statement whose speaker cannot be decided', () => {
    const text = seedText.replace('जोपारोव ने कहा कि चीन', 'जोपारोव से मुलाकात के समय उन्होंने कहा कि चीन');
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.code, e.line])).toEqual([['attribution/undecided-speaker', 5]]);
  });

  it('a speaker the text never introduced', () => {
    const text = seedText.replace('लुकाशंको ने कहा कि', 'मकेई ने कहा कि');
    expect(errorsOf(text).map((e) => [e.code, e.line])).toEqual([['attribution/undecided-meeting', 13]]);
  });

  it('invalid UTF-8, located by line and column', () => {
    const bytes = new TextEncoder().encode(seedText);
    const at = new TextEncoder().encode(seedText.slice(0, seedText.indexOf('जोपारोव ने'))).length;
    const broken = new Uint8Array([...bytes.slice(0, at + 3), 0xff, ...bytes.slice(at + 3)]);
    const result = decodeUtf8(broken, SEED);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map(where)).toEqual([{ code: 'input/encoding', line: 5, column: 2 }]);
      expect(formatError(result.errors[0]!)).toMatch(/^seeds\/2025-08-31-xi-tianjin-meetings\.hi\.txt:5:2: input\/encoding: /);
    }
  });

  it('a report cut short: a visitor no statement is attributed to, at their introduction', () => {
    const text = seedText.slice(0, seedText.indexOf('अलीयेव ने'));
    expect(errorsOf(text).map(where)).toEqual([{ code: 'attribution/no-statements', line: 1, column: columnOf(text, 'बेलारूस के राष्ट्रपति') }]);
  });

  it('a second leader of one country, or a second host, at the second introduction rather than dropped', () => {
    const visitor = seedText.replace('बेलारूस के राष्ट्रपति लुकाशंको', 'अजरबैजान के राष्ट्रपति लुकाशंको');
    expect(errorsOf(visitor).map(where)).toEqual([{ code: 'entity/duplicate-country', line: 1, column: columnOf(visitor, 'अजरबैजान के राष्ट्रपति लुकाशंको') }]);
    const host = seedText.replace('शी चिनफिंग ने', 'शी चिनफिंग ने और चीनी प्रधानमंत्री ली चियांग ने');
    expect(errorsOf(host).map(where)).toEqual([{ code: 'entity/duplicate-country', line: 1, column: columnOf(host, 'चीनी प्रधानमंत्री') }]);
  });

  it('an unknown country, at the country word or the demonym', () => {
    const country = seedText.replace('बेलारूस के राष्ट्रपति', 'बेलारूसिया के राष्ट्रपति');
    expect(errorsOf(country).map(where)).toEqual([{ code: 'entity/unknown-country', line: 1, column: columnOf(country, 'बेलारूसिया') }]);
    const demonym = seedText.replace('चीनी राष्ट्रपति', 'चीनिया राष्ट्रपति');
    expect(errorsOf(demonym).map(where)).toContainEqual({ code: 'entity/unknown-country', line: 1, column: columnOf(demonym, 'चीनिया') });
  });

  it('an unknown month, at the month word, even when the header date is invalid too', () => {
    const text = seedText.replace('31 अगस्त', '31 अगसत');
    expect(errorsOf(text).map(where)).toEqual([{ code: 'dateline/unknown-month', line: 1, column: columnOf(text, 'अगसत') }]);
    expect(errorsOf(text.replace('2025-08-31', '2025-02-30')).map(where)).toEqual([
      { code: 'header/invalid-date', line: 1, column: 7 },
      { code: 'dateline/unknown-month', line: 1, column: columnOf(text, 'अगसत') },
    ]);
  });

  it('errors of later stages come with the dateline\'s, in one result', () => {
    const dateline = seedText.replace('31 अगस्त', '30 अगस्त');
    const speaker = dateline.replace('जोपारोव ने कहा कि चीन', 'जोपारोव से मुलाकात के समय उन्होंने कहा कि चीन');
    expect(errorsOf(speaker).map((e) => [e.code, e.line])).toEqual([['dateline/date-mismatch', 1], ['attribution/undecided-speaker', 5]]);
    const country = dateline.replace('बेलारूस के राष्ट्रपति', 'बेलारूसिया के राष्ट्रपति');
    expect(errorsOf(country).map((e) => e.code)).toEqual(['dateline/date-mismatch', 'entity/unknown-country']);
  });

  it('reports every error at once, in order', () => {
    const text = seedText.replace('अलीयेव के साथ वार्ता में शी ने कहा कि ', '').replace('लुकाशंको के साथ बातचीत में शी ने कहा कि ', '');
    expect(errorsOf(text).map((e) => e.code)).toEqual(['attribution/undecided-meeting', 'attribution/undecided-meeting']);
  });
});

describe('errors in a translation', () => {
  const errorsOfPo = (po: string) => {
    const result = translate(article, po, SEED_PO);
    if (result.ok) throw new Error('expected errors');
    return result.errors;
  };

  it('a sentence with no entry at all is located in the report and names the translation file', () => {
    const po = seedPo.replace(/msgctxt "p3\.s2"\n[^\n]*\nmsgstr "[^\n]*\n/, '');
    const errors = errorsOfPo(po);
    expect(errors.map(where)).toEqual([{ code: 'translation/missing', line: 5, column: expect.any(Number) }]);
    expect(errors[0]!.file).toBe(SEED);
    expect(errors[0]!.message).toContain(SEED_PO);
  });

  it('an entry with an empty msgstr is located at the entry, where it is filled in', () => {
    const po = seedPo.replace(/msgstr "Kyrgyzstan's most valuable[^\n]*/, 'msgstr ""');
    expect(errorsOfPo(po).map((e) => [e.code, e.file, e.line])).toEqual([['translation/missing', SEED_PO, poLine(po, 'msgctxt "p3.s2"')]]);
  });

  it('a stale entry (the Hindi changed) is located in the translation and names the report', () => {
    const changed = parsed(seedText.replace('अच्छा पड़ोसी', 'बहुत अच्छा पड़ोसी'));
    const result = translate(changed, seedPo, SEED_PO);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.code, e.file, e.line])).toEqual([['translation/stale', SEED_PO, poLine(seedPo, 'msgctxt "p3.s1"')]]);
      expect(result.errors[0]!.message).toContain(`${SEED}:5:1`);
    }
  });

  it('an editorial entry without Hindi is missing, located at the entry rather than failing the schema', () => {
    for (const blank of ['""', '" "']) {
      const po = seedPo.replace(/(msgctxt "editorial\/headline"\nmsgid )"[^\n]*"/, `$1${blank}`);
      expect(errorsOfPo(po).map((e) => [e.code, e.file, e.line])).toEqual([['translation/missing', SEED_PO, poLine(po, 'msgctxt "editorial/headline"')]]);
    }
  });

  it('a leader\'s English name or an editorial text left blank, at the entry', () => {
    const report = `${FIXTURES}/2024-09-05-putin-vladivostok`;
    const putin = parsed(read(`${report}.hi.txt`), `${report}.hi.txt`);
    const po = read(`${report}.en.po`).replace('msgstr "Ukhnaagiin Khurelsukh"', 'msgstr " "').replace('msgstr "Two meetings during the Eastern Economic Forum."', 'msgstr ""');
    const result = translate(putin, po, `${report}.en.po`);
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.file, e.line])).toEqual([
      ['translation/missing', `${report}.en.po`, poLine(po, 'msgctxt "editorial/summary"')],
      ['translation/missing', `${report}.en.po`, poLine(po, 'msgctxt "person/leader-mn"')],
    ]);
  });

  it('an entry marked fuzzy is stale', () => {
    const po = seedPo.replace('msgctxt "p2.s2"', '#, fuzzy\nmsgctxt "p2.s2"');
    expect(errorsOfPo(po).map((e) => [e.code, e.line])).toEqual([['translation/stale', poLine(po, 'msgctxt "p2.s2"')]]);
  });

  it('an orphaned entry', () => {
    const po = `${seedPo}\nmsgctxt "p9.s4"\nmsgid "कुछ"\nmsgstr "Something"\n`;
    expect(errorsOfPo(po).map((e) => [e.code, e.file, e.line])).toEqual([['translation/orphan', SEED_PO, poLine(po, 'msgctxt "p9.s4"')]]);
  });

  it('a duplicated entry and broken syntax', () => {
    const po = `${seedPo}\nmsgctxt "p2.s2"\nmsgid "x"\nmsgstr "y"\n\nmsgid "a"\nmsgstr[0] "b"\n`;
    expect(errorsOfPo(po).map((e) => [e.code, e.line])).toEqual([
      ['translation/duplicate', poLine(po, 'msgid "x"') - 1],
      ['translation/syntax', poLine(po, 'msgstr[0]')],
    ]);
  });
});
