import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/loader/decode.ts';
import { formatError, type LoaderError } from '../../src/loader/errors.ts';
import { translate } from '../../src/loader/translate.ts';
import { SEED, SEED_PO, parseReport, parsed, seedPo, seedText } from './helpers.ts';

function errorsOf(text: string): LoaderError[] {
  const result = parseReport(text);
  if (result.ok) throw new Error('expected errors, got an article');
  return result.errors;
}
const where = (e: LoaderError) => ({ code: e.code, line: e.line, column: e.column });
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
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
  const poLine = (po: string, needle: string) => po.slice(0, po.indexOf(needle)).split('\n').length;

  it('an untranslated sentence is located in the report and names the translation file', () => {
    const po = seedPo.replace(/msgstr "Kyrgyzstan's most valuable[^\n]*/, 'msgstr ""');
    const errors = errorsOfPo(po);
    expect(errors.map(where)).toEqual([{ code: 'translation/missing', line: 5, column: expect.any(Number) }]);
    expect(errors[0]!.file).toBe(SEED);
    expect(errors[0]!.message).toContain(SEED_PO);
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
