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

function warningsOf(text: string): LoaderError[] {
  const result = parseReport(text);
  if (!result.ok) throw new Error(`expected an article, got errors: ${JSON.stringify(result.errors)}`);
  return result.warnings;
}

describe('errors in a report: what cannot be read stops it', () => {
  it('an empty file', () => {
    expect(errorsOf('').map(where)).toEqual([{ code: 'input/empty', line: 1, column: 1 }]);
    expect(errorsOf('\n  \n').map(where)).toEqual([{ code: 'input/empty', line: 1, column: 1 }]);
  });

  it('no date: neither a header nor a dated file name', () => {
    const text = seedText.replace(' date 2025-08-31 ', '');
    const result = parseReport(text, 'seeds/xi-tianjin.hi.txt');
    expect(result.ok ? [] : result.errors.map(where)).toEqual([{ code: 'header/missing-date', line: 1, column: 1 }]);
  });

  it('no header, but a dated file name: the date comes from the name', () => {
    const text = seedText.replace(' date 2025-08-31 ', '');
    const article = parsed(text, SEED);
    expect([article.date, article.dateFrom, article.header]).toEqual(['2025-08-31', 'file', null]);
    expect(article.dateline?.text.hi).toBe('बीजिंग, 31 अगस्त (आईएएनएस)।');
  });

  it('an impossible date, pointing at the date', () => {
    const errors = errorsOf(seedText.replace('2025-08-31', '2025-02-30'));
    expect(errors.map(where)).toEqual([{ code: 'header/invalid-date', line: 1, column: 7 }]);
  });

  it('a credit line given twice, pointing at the second rather than dropping it', () => {
    const credit = '(साभार- चाइना मीडिय ग्रुप, पेइचिंग)';
    const text = seedText.replace(credit, `${credit}\n\n${credit}`);
    expect(errorsOf(text).map(where)).toEqual([{ code: 'structure/trailing-text', line: lineOf(text, credit) + 2, column: 1 }]);
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

  it('a report that names no leader, or no one from another country', () => {
    const report = (lead: string) => ` date 2025-08-31 बीजिंग, 31 अगस्त (आईएएनएस)। ${lead}\n\nदोनों पक्षों ने सहयोग पर चर्चा की।\n`;
    expect(errorsOf(report('थ्येनचिन में एक बैठक हुई।')).map((e) => e.code)).toEqual(['entity/no-leader']);
    const alone = report('चीनी राष्ट्रपति शी चिनफिंग ने थ्येनचिन में एक बैठक की।');
    expect(errorsOf(alone).map(where)).toEqual([{ code: 'entity/no-counterparts', line: 1, column: columnOf(alone, 'चीनी राष्ट्रपति') }]);
  });

  it('a host whose country neither the text, the venue nor the dateline tells', () => {
    const text = 'राष्ट्रपति अरुण वर्मा ने कहीं नेपाल के प्रधानमंत्री खड्ग प्रसाद ओली से मुलाकात की।\n\nओली ने कहा कि संबंध अच्छे हैं।\n';
    const result = parseReport(text, 'seeds/2025-01-02-nowhere.hi.txt');
    expect(result.ok ? [] : result.errors.map(where)).toEqual([{ code: 'entity/unknown-country', line: 1, column: 1 }]);
  });

  it('reports every error at once, in order', () => {
    const text = seedText.replace('2025-08-31', '2025-02-30').replace('(साभार- चाइना मीडिय ग्रुप, पेइचिंग)', '--आईएएनएस\n\nबैठक के बाद भोज हुआ।');
    expect(errorsOf(text).map((e) => e.code)).toEqual(['header/invalid-date', 'structure/trailing-text', 'structure/trailing-text']);
  });
});

describe('warnings: what the rules cannot decide stays open, located, and the report loads', () => {
  const codes = (text: string) => warningsOf(text).map((w) => [w.code, w.line]);

  it('the seed needs none', () => {
    expect(warningsOf(seedText)).toEqual([]);
  });

  it('a dateline that disagrees with the date', () => {
    expect(codes(seedText.replace('31 अगस्त', '30 अगस्त'))).toEqual([['dateline/date-mismatch', 1]]);
  });

  it('an unknown month, place or agency in the dateline, each at its word', () => {
    const month = seedText.replace('31 अगस्त', '31 अगसत');
    expect(warningsOf(month).map(where)).toEqual([{ code: 'dateline/unknown-month', line: 1, column: columnOf(month, 'अगसत') }]);
    const place = seedText.replace('बीजिंग, 31', 'बीजिंगपुर, 31');
    expect(warningsOf(place).map(where)).toEqual([{ code: 'dateline/unknown-place', line: 1, column: columnOf(place, 'बीजिंगपुर') }]);
    const agency = seedText.replace('(आईएएनएस)', '(एबीसी)');
    expect(warningsOf(agency).map(where)).toEqual([{ code: 'dateline/unknown-agency', line: 1, column: columnOf(agency, 'एबीसी') }]);
  });

  it('a paragraph with no cue: its sentences stay unattributed, one warning each', () => {
    const text = seedText.replace('अलीयेव के साथ वार्ता में शी ने कहा कि ', '');
    const article = parsed(text);
    expect(article.sentences.filter((s) => s.paragraph === 4).map((s) => [s.id, s.meeting, s.speaker])).toEqual([
      ['p4.s1', null, null],
      ['p4.s2', null, null],
    ]);
    expect(codes(text)).toEqual([
      ['attribution/unattributed', lineOf(text, 'चीन और अजरबैजान अच्छे')],
      ['attribution/unattributed', lineOf(text, 'चीन और अजरबैजान अच्छे')],
    ]);
    expect(warningsOf(text)[0]!.message).toContain('p4.s1');
  });

  it('a pronoun with no one to refer to: after both sides, "they" is not one speaker', () => {
    const text = seedText.replace('जोपारोव ने कहा कि चीन', 'दोनों नेताओं ने हाथ मिलाया। उन्होंने कहा कि चीन');
    expect(codes(text)).toEqual([['attribution/undecided-speaker', 5]]);
    expect(parsed(text).sentences.filter((s) => s.paragraph === 3).map((s) => [s.id, s.meeting, s.speaker])).toEqual([
      ['p3.s1', null, null],
      ['p3.s2', null, null],
      ['p3.s3', null, null],
      ['p3.s4', null, null],
    ]);
  });

  it('a speaker the text never introduced', () => {
    const text = seedText.replace('लुकाशंको ने कहा कि', 'मकेई ने कहा कि');
    expect(codes(text)).toEqual([['attribution/unknown-speaker', 13]]);
    const p7 = parsed(text).sentences.filter((s) => s.paragraph === 7);
    expect(p7.map((s) => s.speaker)).toEqual([null, null]);
  });

  it('a spokesperson the text never introduced is quoted by name and title, without the words before', () => {
    const text = seedText.replace('लुकाशंको ने कहा कि', 'बेलारूसी विदेश मंत्रालय की प्रवक्ता मारिया ने कहा कि');
    const result = parseReport(text);
    expect(result.warnings.map((w) => [w.code, w.message])).toContainEqual([
      'attribution/unknown-speaker',
      'p7.s1: "प्रवक्ता मारिया" is not one of the report\'s leaders; the sentence stays unattributed',
    ]);
  });

  it('the host speaking with no meeting named, in a report of three', () => {
    const text = seedText.replace('अलीयेव के साथ वार्ता में शी ने कहा कि', 'शी ने कहा कि');
    expect(codes(text)).toEqual([
      ['attribution/undecided-meeting', lineOf(text, 'शी ने कहा कि चीन और अजरबैजान')],
      ['attribution/undecided-meeting', lineOf(text, 'शी ने कहा कि चीन और अजरबैजान')],
    ]);
    expect(parsed(text).sentences.find((s) => s.id === 'p4.s1')).toMatchObject({ meeting: null, speaker: 'xi-jinping' });
  });

  it('a report cut short: a visitor no sentence is attributed to, at their introduction', () => {
    const text = seedText.slice(0, seedText.indexOf('अलीयेव ने'));
    expect(warningsOf(text).map(where)).toEqual([{ code: 'attribution/no-statements', line: 1, column: columnOf(text, 'बेलारूस के राष्ट्रपति') }]);
  });

  it('a second leader of one country is a second counterpart of that meeting, not dropped in silence; the protagonist\'s own side meets no one', () => {
    const second = seedText.replace('बेलारूस के राष्ट्रपति लुकाशंको', 'अजरबैजान के प्रधानमंत्री अली असदोव');
    expect(parsed(second).meetings.map((m) => [m.id, m.counterparts])).toEqual([
      ['kg', ['sadyr-japarov']],
      ['az', ['ilham-aliyev', 'ali-asadov']],
    ]);
    const own = seedText.replace('शी चिनफिंग ने', 'शी चिनफिंग और चीनी प्रधानमंत्री ली छ्यांग ने');
    expect(parsed(own).meetings.map((m) => m.id)).toEqual(['kg', 'az', 'by']);
  });

  it('an unknown country before a title, at the word', () => {
    const country = seedText.replace('बेलारूस के राष्ट्रपति', 'बेलारूसिया के राष्ट्रपति');
    expect(warningsOf(country).map(where)).toEqual([{ code: 'entity/unknown-country', line: 1, column: columnOf(country, 'बेलारूसिया') }]);
    // The gazetteer still knows Lukashenko, so his meeting stays.
    expect(parsed(country).meetings.map((m) => m.id)).toEqual(['kg', 'az', 'by']);
  });

  it('a meeting\'s sentence with no known place leaves the venue unknown, not the dateline\'s, and says so', () => {
    const text = seedText.replace('थ्येनचिन में', 'एक सभागार में');
    expect(codes(text)).toEqual([['entity/no-venue', 1]]);
    for (const m of parsed(text).meetings) expect(m.venue).toEqual({ value: null, from: 'unknown' });
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
      ['translation/missing', `${report}.en.po`, poLine(po, 'msgctxt "person/ukhanagin-khurelasukh"')],
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
