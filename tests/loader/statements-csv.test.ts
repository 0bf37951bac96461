/**
 * data/statements.csv against formula injection: a cell a spreadsheet
 * program would run as a formula is written as text, quoted as RFC 4180 says.
 */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutralise, statementsCsv } from '../../src/loader/statements-csv.ts';
import { translate } from '../../src/loader/translate.ts';
import type { TranslatedArticle } from '../../src/schema/article.ts';
import { SEED_PO, parsed, seedPo, seedText } from './helpers.ts';

/** The seed with the English of some sentences replaced (values as PO writes them, escapes included). */
function withEnglish(po: Record<string, string>): TranslatedArticle {
  let text = seedPo;
  for (const [context, msgstr] of Object.entries(po)) {
    const entry = new RegExp(`(msgctxt "${context.replace('.', '\\.')}"\\nmsgid ".*"\\nmsgstr )".*"`);
    expect(text, context).toMatch(entry);
    text = text.replace(entry, (_, head: string) => `${head}"${msgstr}"`);
  }
  const result = translate(parsed(seedText), text, SEED_PO);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.article;
}

/** RFC 4180 records: fields in double quotes, `""` for a quote, CRLF between records. Checks every field is quoted. */
function records(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 1;
  while (i < csv.length) {
    expect(csv[i], `a field at ${i} that is not quoted`).toBe('"');
    let value = '';
    i++;
    for (;;) {
      const close = csv.indexOf('"', i);
      expect(close, 'an unterminated field').toBeGreaterThanOrEqual(0);
      value += csv.slice(i, close);
      i = close + 1;
      if (csv[i] !== '"') break;
      value += '"';
      i++;
    }
    row.push(value);
    if (csv[i] === ',') {
      i++;
    } else {
      expect(csv.slice(i, i + 2)).toBe('\r\n');
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
const rowOf = (rows: string[][], sentence: string) => rows.find((r) => r[column('sentence')] === sentence)!;

const HOSTILE = {
  'p2.s1': ['=HYPERLINK(\\"http://x\\",\\"y\\")', '=HYPERLINK("http://x","y")'],
  'p2.s2': ['+1', '+1'],
  'p2.s3': ['-2', '-2'],
  'p3.s1': ['@SUM(A1)', '@SUM(A1)'],
  'p3.s2': ['\\tThe two sides agreed.', '\tThe two sides agreed.'],
  'p3.s3': ['\\rThe two sides agreed.', '\rThe two sides agreed.'],
  'p4.s1': ['＝1+1 ＋1 －2 ＠SUM(A1)', '＝1+1 ＋1 －2 ＠SUM(A1)'],
  'p4.s2': ['Xi said: =1+1, -2 and @SUM(A1) are text here.', 'Xi said: =1+1, -2 and @SUM(A1) are text here.'],
  'p5.s1': ["'Quoted' already", "'Quoted' already"],
} as const;

describe('statements.csv and formula injection', () => {
  const article = withEnglish(Object.fromEntries(Object.entries(HOSTILE).map(([id, [po]]) => [id, po])));
  const csv = statementsCsv([article]);
  const rows = records(csv);

  it('the hostile translations reach the CSV as statements', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const [id, [, english]] of Object.entries(HOSTILE)) {
      expect(article.sentences.find((s) => s.id === id)?.text.en, id).toBe(english);
      expect(rowOf(rows, id), `${id} has a row`).toBeDefined();
    }
  });

  it('a cell that begins with =, +, -, @, a tab or a carriage return gets a single quote in front, the rest unchanged', () => {
    const english = (id: string) => rowOf(rows, id)[column('english')];
    expect(english('p2.s1')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(english('p2.s2')).toBe("'+1");
    expect(english('p2.s3')).toBe("'-2");
    expect(english('p3.s1')).toBe("'@SUM(A1)");
    expect(english('p3.s2')).toBe("'\tThe two sides agreed.");
    expect(english('p3.s3')).toBe("'\rThe two sides agreed.");
    // Quoted as RFC 4180 says: the quote goes inside the field, a double quote is doubled.
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`"'\rThe two sides agreed."`);
  });

  it('the fullwidth forms of = + - @ are neutralised too', () => {
    expect(rowOf(rows, 'p4.s1')[column('english')]).toBe("'＝1+1 ＋1 －2 ＠SUM(A1)");
    expect(['＝', '＋', '－', '＠'].map((c) => neutralise(`${c}1`))).toEqual(["'＝1", "'＋1", "'－1", "'＠1"]);
  });

  it('a cell with those characters elsewhere, or that begins with anything else, is as the text is', () => {
    expect(rowOf(rows, 'p4.s2')[column('english')]).toBe(HOSTILE['p4.s2'][1]);
    expect(rowOf(rows, 'p5.s1')[column('english')]).toBe("'Quoted' already");
    for (const text of ['', ' =1', '\n=1', '1-2', 'x=1', '।', 'चीन']) expect(neutralise(text)).toBe(text);
    // The untouched sentences and every Hindi cell of the seed come through as they are.
    for (const s of article.sentences) {
      const row = rowOf(rows, s.id);
      if (!row) continue;
      expect(row[column('hindi')]).toBe(s.text.hi);
      if (!(s.id in HOSTILE)) expect(row[column('english')]).toBe(s.text.en);
    }
  });

  it('every text column is neutralised, the Hindi and the names as much as the English', () => {
    const speaker = article.sentences.find((s) => s.id === 'p2.s1')!.speaker!;
    const hostile: TranslatedArticle = {
      ...article,
      sentences: article.sentences.map((s) => (s.id === 'p2.s1' ? { ...s, text: { hi: '-शी ने कहा', en: s.text.en } } : s)),
      people: article.people.map((p) => (p.id === speaker ? { ...p, name: { hi: '=शी', en: '@Xi' } } : p)),
    };
    const row = rowOf(records(statementsCsv([hostile])), 'p2.s1');
    expect([row[column('hindi')], row[column('speaker_hi')], row[column('speaker_en')]]).toEqual(["'-शी ने कहा", "'=शी", "'@Xi"]);
  });

  it('start and end are numbers written as they are', () => {
    for (const s of article.sentences) {
      const row = rowOf(rows, s.id);
      if (!row) continue;
      expect([row[column('start')], row[column('end')]]).toEqual([String(s.span[0]), String(s.span[1])]);
    }
    expect(rows.slice(1).every((r) => /^\d+$/.test(r[column('start')]!) && /^\d+$/.test(r[column('end')]!))).toBe(true);
  });
});
