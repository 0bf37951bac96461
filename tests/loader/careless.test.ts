/**
 * An editor's slip never publishes something false: each careless file is
 * read as its editor meant, with a warning, or refused with an error at the
 * file, line and column at fault, and nothing is loaded.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError, type LoaderError } from '../../src/loader/errors.ts';
import { loadFolder, loadReports } from '../../src/loader/load.ts';
import { parse } from '../../src/loader/parse.ts';
import { unifyPeople } from '../../src/loader/people-across.ts';
import { translate } from '../../src/loader/translate.ts';
import type { Article } from '../../src/schema/article.ts';
import { gazetteer, read, SEED, SEED_PO, seedPo, seedText } from './helpers.ts';

const NAME = '2025-05-06-accra-delhi.hi.txt';
const BASE = read(`tests/fixtures/careless/${NAME}`);
const TODAY = '2026-12-04';

const load = (text: string, file = NAME, today = TODAY) => parse(text, file, { gazetteer, today });
const where = (list: readonly LoaderError[]) => list.map((e) => `${e.line}:${e.column} ${e.code}`);
const codes = (list: readonly LoaderError[]) => [...new Set(list.map((e) => e.code))];

function article(text: string, file = NAME): Article {
  const result = load(text, file);
  if (!result.ok) throw new Error(`expected the report to load: ${result.errors.map(formatError).join('\n')}`);
  return result.article;
}

/** What a reader is shown of a report: each sentence with its speaker, and the closing lines. */
const reading = (a: Article) => ({
  sentences: a.sentences.map((s) => [s.id, s.speaker, s.text.hi.replace(/\s+/gu, ' ')]),
  credit: a.credit?.text.hi,
  signoff: a.signoff?.text.hi,
});

const asWritten = reading(article(BASE));

describe('the fixture as written', () => {
  it('has a lead, two leaders\' statements, a credit and a sign-off', () => {
    expect(asWritten.sentences.map(([id, speaker]) => `${id} ${speaker}`)).toEqual(['p1.s1 null', 'p1.s2 null', 'p2.s1 aravind-sethi', 'p2.s2 aravind-sethi', 'p3.s1 kophi-mensa']);
    expect(asWritten.credit).toBe('(साभार- भाषा)');
    expect(asWritten.signoff).toBe('-- भाषा');
  });
});

describe('line ends', () => {
  const ENDS = { 'CR alone': '\r', 'NEXT LINE': '\u0085', 'LINE SEPARATOR': '\u2028', 'PARAGRAPH SEPARATOR': '\u2029' };
  for (const [name, end] of Object.entries(ENDS)) {
    it(`${name} between lines is read as a line end, with a warning at the first`, () => {
      const result = load(BASE.replaceAll('\n', end));
      if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
      expect(reading(result.article)).toEqual(asWritten);
      // "date 2025-05-06" is 15 characters: the first line ends at column 16.
      expect(where(result.warnings)).toEqual(['1:16 input/line-ends']);
      expect(result.article.source.text).toBe(BASE.replaceAll('\n', end));
    });
  }

  it('CRLF reads as LF, without a word', () => {
    const result = load(BASE.replaceAll('\n', '\r\n'));
    expect(result.ok && reading(result.article)).toEqual(asWritten);
    expect(result.warnings).toEqual([]);
  });

  it('errors count every convention of line end, so the line is the one an editor sees', () => {
    const text = BASE.replaceAll('\n', '\u2028').replace('मेन्सा ने कहा', 'मेन्सा ने\u202Eकहा');
    const result = load(text);
    expect(result.ok).toBe(false);
    // The statement is on the seventh line; "मेन्सा ने" is 9 characters.
    expect(!result.ok && where(result.errors)).toEqual(['7:10 input/control-character']);
  });
});

describe('a translation\'s line ends', () => {
  it('CR alone, CRLF and LF give the same English', () => {
    const hindi = parse(seedText, SEED, { gazetteer, today: TODAY });
    if (!hindi.ok) throw new Error('the seed loads');
    const english = (po: string) => {
      const joined = translate(hindi.article, po, SEED_PO);
      if (!joined.ok) throw new Error(joined.errors.map(formatError).join('\n'));
      return joined.article.sentences.map((s) => s.text.en);
    };
    const lf = english(seedPo);
    expect(english(seedPo.replaceAll('\n', '\r'))).toEqual(lf);
    expect(english(seedPo.replaceAll('\n', '\r\n'))).toEqual(lf);
  });
});

describe('lines that look blank', () => {
  const FILLERS = { 'an ideographic space': '\u3000', 'a zero-width space': '\u200B', 'a no-break space': '\u00A0', 'spaces and joiners': ' \u200B\u200D ', 'a Hangul filler': '\u3164', 'a grapheme joiner': '\u034F', 'a braille blank': '\u2800' };
  for (const [name, filler] of Object.entries(FILLERS)) {
    it(`a line of ${name} ends a paragraph, with a warning at each such line`, () => {
      const text = BASE.replaceAll('\n\n', `\n${filler}\n`);
      const result = load(text);
      if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
      expect(reading(result.article)).toEqual(asWritten);
      expect(where(result.warnings)).toEqual(['2:1', '4:1', '6:1', '8:1', '10:1'].map((at) => `${at} input/invisible-line`));
      expect(result.warnings[0]!.message).toContain('U+');
    });
  }
});

describe('characters that show nothing', () => {
  it('a paragraph of NUL is an error at the character, and nothing is loaded', () => {
    const result = load(BASE.replace('\n\n(साभार', '\n\n\u0000\u0000\n\n(साभार'));
    expect(result.ok).toBe(false);
    expect(!result.ok && where(result.errors).filter((e) => e.endsWith('input/control-character'))).toEqual(['9:1 input/control-character', '9:2 input/control-character']);
    expect(!result.ok && result.errors[0]!.message).toMatch(/^U\+0000 NULL shows nothing/u);
  });

  it('a paragraph of a right-to-left mark is a blank line, never a sentence with nothing visible', () => {
    const result = load(BASE.replace('\n\n(साभार', '\n\n\u200F\n\n(साभार'));
    expect(result.ok && reading(result.article)).toEqual(asWritten);
    expect(where(result.warnings)).toEqual(['9:1 input/invisible-line']);
  });

  it('a direction override, a zero-width space or a soft hyphen inside a sentence is an error at that character', () => {
    for (const ch of ['\u202E', '\u200B', '\u00AD', '\u2066', '\uFEFF']) {
      const result = load(BASE.replace('घाना भारतीय', `घाना${ch} भारतीय`));
      expect(result.ok).toBe(false);
      // "मेन्सा ने कहा कि घाना" is 21 characters.
      expect(!result.ok && where(result.errors)).toEqual(['7:22 input/control-character']);
    }
  });

  it('the joiners Devanagari needs stay, inside words', () => {
    const text = BASE.replace('साझेदारी', 'साझे\u200Dदारी').replace('विश्वविद्यालयों', 'विश्\u200Cवविद्यालयों');
    const loaded = article(text);
    expect(loaded.sentences.find((s) => s.id === 'p2.s1')!.text.hi).toContain('साझे\u200Dदारी');
    expect(loaded.sentences.find((s) => s.id === 'p2.s2')!.text.hi).toContain('विश्\u200Cवविद्यालयों');
  });

  it('a run of them is listed ten at a time, so the error list stays readable', () => {
    const result = load(BASE.replace('घाना भारतीय', `घाना${'\u200B'.repeat(30)} भारतीय`));
    expect(!result.ok && result.errors.length).toBe(11);
    expect(!result.ok && result.errors[10]!.message).toMatch(/this and 19 more/u);
  });

  it('in a translation, such a character is an error at the entry in the .po file', () => {
    const hindi = article(BASE);
    const po = [
      'msgctxt "editorial/headline"', 'msgid "सेठी ने घाना के राष्ट्रपति से भेंट की"', 'msgstr "Sethi meets Ghana\'s president\u202E"', '',
      'msgctxt "editorial/summary"', 'msgid "ऊर्जा और शिक्षा पर बात।"', 'msgstr "Energy and education."', '',
      ...hindi.sentences.flatMap((s) => [`msgctxt "${s.id}"`, `msgid "${s.text.hi}"`, `msgstr "An English sentence."`, '']),
      ...(['dateline', 'credit', 'signoff'] as const).flatMap((c) => [`msgctxt "${c}"`, `msgid "${hindi[c]!.text.hi}"`, `msgstr "English."`, '']),
      ...hindi.people.flatMap((p) => [`msgctxt "person/${p.id}"`, `msgid "${p.name.hi}"`, `msgstr "A Name"`, '']),
    ].join('\n');
    const joined = translate(hindi, po, 'x.en.po');
    expect(joined.ok).toBe(false);
    expect(!joined.ok && joined.errors.map((e) => `${e.file}:${e.line} ${e.code}`)).toEqual(['x.en.po:1 input/control-character']);
    expect(!joined.ok && joined.errors[0]!.message).toMatch(/^U\+202E RIGHT-TO-LEFT OVERRIDE in the entry for editorial\/headline/u);
  });
});

describe('size', () => {
  const statement = 'सेठी ने कहा कि भारत घाना के साथ सौर ऊर्जा में साझेदारी बढ़ाएगा। ';

  it('a paragraph over 20,000 characters is refused at its first line, with no sentence read', () => {
    const text = BASE.replace('मेन्सा ने कहा', `${statement.repeat(400)}मेन्सा ने कहा`);
    const result = load(text);
    expect(!result.ok && where(result.errors)).toEqual(['7:1 structure/paragraph-too-long']);
    expect(!result.ok && result.errors[0]!.message).toMatch(/blank line/u);
  });

  it('a report over 1,000,000 characters is refused, located where it passes the limit', () => {
    const paragraph = statement.repeat(250).trim();
    const text = `${BASE.trimEnd()}\n\n${Array.from({ length: 70 }, () => paragraph).join('\n\n')}\n`;
    const result = load(text);
    expect(!result.ok && codes(result.errors)).toEqual(['input/too-large']);
    expect(!result.ok && result.errors[0]!.line).toBeGreaterThan(12);
  });

  it('a paragraph just under the limit loads', () => {
    const long = statement.repeat(300).trim();
    expect(long.length).toBeLessThan(20_000);
    const loaded = article(BASE.replace('मेन्सा ने कहा कि घाना भारतीय निवेश का स्वागत करता है।', long));
    expect(loaded.sentences.filter((s) => s.paragraph === 3)).toHaveLength(300);
  });
});

describe('dates', () => {
  it('a header date unlike the file name\'s is a warning at the header\'s date', () => {
    const result = load(BASE, '2025-05-07-accra-delhi.hi.txt');
    expect(result.ok).toBe(true);
    expect(where(result.warnings)).toEqual(['1:6 header/date-mismatch']);
    expect(result.warnings[0]!.message).toContain('2025-05-07');
  });

  it('a date after tomorrow is refused, in the header or in the file name', () => {
    const header = load(BASE.replace('date 2025-05-06', 'date 2027-05-06'), '2027-05-06-accra-delhi.hi.txt');
    expect(!header.ok && where(header.errors)).toEqual(['1:6 header/future-date']);
    const name = load(BASE.replace('date 2025-05-06\n', ''), '2027-05-06-accra-delhi.hi.txt');
    expect(!name.ok && where(name.errors)).toEqual(['1:1 header/future-date']);
  });

  it('tomorrow\'s date is allowed: it is already tomorrow in India', () => {
    const result = load(BASE.replace('date 2025-05-06', 'date 2026-12-05').replace('6 मई', '5 दिसंबर'), '2026-12-05-accra-delhi.hi.txt');
    expect(result.ok ? [] : where(result.errors)).toEqual([]);
  });

  it('an impossible date in the header is an error, not a crash, when the text names a day too', () => {
    const result = load(BASE.replace('date 2025-05-06', 'date 2025-13-06'));
    expect(!result.ok && where(result.errors)).toEqual(['1:6 header/invalid-date']);
  });
});

describe('a byte-order mark', () => {
  it('is not a column: errors on the first line are where an editor sees them', () => {
    const bad = BASE.replace('date 2025-05-06', 'date 2025-13-06');
    const withMark = load(`\uFEFF${bad}`);
    const without = load(bad);
    expect(!withMark.ok && where(withMark.errors)).toEqual(['1:6 header/invalid-date']);
    expect(!without.ok && where(without.errors)).toEqual(['1:6 header/invalid-date']);
  });
});

describe('people of one id', () => {
  it('a leader whose name spells the id of someone in the gazetteer keeps a page of their own', () => {
    const ghana = article(BASE);
    // Another report's gazetteer person who happens to have that id, of another country.
    const listed = { ...ghana, id: '2025-05-07-other', people: ghana.people.map((p) => (p.id === 'kophi-mensa' ? { ...p, fromText: false, country: 'CN' } : p)) };
    const { articles } = unifyPeople([ghana, listed]);
    const [mine, theirs] = articles;
    expect(mine!.people.map((p) => p.id)).toEqual(['aravind-sethi', 'kophi-mensa-gh']);
    expect(mine!.sentences.find((s) => s.id === 'p3.s1')!.speaker).toBe('kophi-mensa-gh');
    expect(theirs!.people.find((p) => !p.fromText)!.id).toBe('kophi-mensa');
  });
});

describe('files of a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bhent-careless-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const folder = (name: string, files: Record<string, string>) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, 'gazetteer.json'), read('seeds/gazetteer.json'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(path, file, '..'), { recursive: true });
      writeFileSync(join(path, file), text);
    }
    return path;
  };
  const options = (path: string) => ({ cwd: path, hindiOnly: true, today: TODAY });

  it('names each file that is not read, and why, in a warning; --strict refuses them', () => {
    const path = folder('unread', {
      [NAME]: BASE,
      'x.txt': BASE,
      '2025-05-07-ACCRA.HI.TXT': BASE,
      'old/2025-05-08-accra.hi.txt': BASE,
      '2025-05-09-accra.en.po': '',
      'notes.md': '',
      '.DS_Store': '',
    });
    const result = loadFolder(path, options(path));
    expect(result.ok).toBe(true);
    const notRead = result.warnings.filter((w) => w.code === 'input/not-read');
    expect(notRead.map((w) => w.file).sort()).toEqual(['2025-05-07-ACCRA.HI.TXT', '2025-05-09-accra.en.po', 'notes.md', 'old', 'x.txt']);
    expect(notRead.find((w) => w.file === '2025-05-07-ACCRA.HI.TXT')!.message).toMatch(/lower case/u);
    expect(notRead.find((w) => w.file === 'old')!.message).toMatch(/folder is not read/u);
    expect(notRead.find((w) => w.file === 'x.txt')!.message).toMatch(/\.hi\.txt/u);
    const strict = loadFolder(path, { ...options(path), strict: true });
    expect(!strict.ok && codes(strict.errors)).toContain('input/not-read');
  });

  it('refuses one report under two names, naming both files', () => {
    const path = folder('twice', { [NAME]: BASE, '2025-05-06-accra-delhi-copy.hi.txt': BASE });
    const result = loadFolder(path, options(path));
    expect(!result.ok && result.errors.map(formatError)).toEqual([
      `2025-05-06-accra-delhi.hi.txt:1:1: input/duplicate-report: the same report as 2025-05-06-accra-delhi-copy.hi.txt (the same words, apart from spaces and punctuation): keep one of the two files`,
    ]);
  });

  it('keeps a report of another day that recaps an earlier one\'s words', () => {
    const recap = BASE.replace('date 2025-05-06', 'date 2025-05-07').replace('6 मई', '7 मई').replace('मेन्सा ने कहा कि घाना भारतीय निवेश का स्वागत करता है।', 'मेन्सा ने कहा कि घाना भारतीय निवेश का स्वागत करता है। अगले दिन मेन्सा नैरोबी रवाना हुए।');
    const path = folder('recap', { [NAME]: BASE, '2025-05-07-accra-delhi-recap.hi.txt': recap });
    const result = loadFolder(path, options(path));
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  it('refuses a copy re-wrapped, re-punctuated and with a line added', () => {
    const copy = BASE.replace('निवेश का स्वागत करता है।', 'निवेश का स्वागत करता है। उन्होंने धन्यवाद दिया।').replaceAll('। ', '।\n').replaceAll('।', '|');
    const path = folder('near', { [NAME]: BASE, '2025-05-06-ghana.hi.txt': copy });
    const result = loadFolder(path, options(path));
    expect(!result.ok && codes(result.errors)).toEqual(['input/duplicate-report']);
    expect(!result.ok && result.errors[0]!.message).toMatch(/nearly the same report as 2025-05-06-(?:accra-delhi|ghana)\.hi\.txt/u);
  });

  it('keeps two different reports of one genre apart', () => {
    const other = read('tests/fixtures/genre/2025-04-02-delhi-kenya.hi.txt');
    const path = folder('two', { [NAME]: BASE, '2025-04-02-delhi-kenya.hi.txt': other });
    const result = loadFolder(path, options(path));
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  it('does not read a file of many megabytes: it is refused before it is read', () => {
    const path = folder('huge', { [NAME]: `date 2025-05-06\n\n${'क'.repeat(3_000_000)}\n` });
    const result = loadFolder(path, options(path));
    expect(!result.ok && result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.code}`)).toEqual([`${NAME}:1:1 input/too-large`]);
  });

  it('says which file names are allowed, at the file, and keeps each error on one line', () => {
    const names = ['2025-05-06-अक्रा.hi.txt', '2025-05-06 accra.hi.txt', '2025-05-06-Accra.hi.txt', '2025-05-06-ac\ncra.hi.txt', `2025-05-06-${'a'.repeat(120)}.hi.txt`];
    const path = folder('names', Object.fromEntries(names.map((n) => [n, BASE])));
    const result = loadReports(names.map((n) => join(path, n)), options(path));
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors : [];
    expect(errors.map((e) => e.code)).toEqual(names.map(() => 'input/file-name'));
    for (const error of errors) expect(formatError(error)).not.toMatch(/\n/u);
    expect(errors.map((e) => e.file)).toContain('2025-05-06-ac\\u000acra.hi.txt');
    expect(errors.find((e) => e.file.includes('अक्रा'))!.message).toMatch(/lower-case Latin letters, digits and single hyphens/u);
    expect(errors.find((e) => e.file.includes('aaaa'))!.message).toMatch(/the most is 100/u);
  });
});
