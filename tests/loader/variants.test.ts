import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HindiArticle } from '../../src/schema/article.ts';
import { parsed, reassemble, seedText } from './helpers.ts';

const summary = (a: HindiArticle) => ({
  date: a.date,
  paragraphs: a.paragraphs.map((p) => p.kind),
  sentences: a.sentences.map((s) => [s.id, s.text.hi, s.meeting, s.speaker]),
  meetings: a.meetings.map((m) => [m.id, m.kind, m.statements]),
});
const expected = summary(parsed(seedText));

function expectLossless(text: string) {
  const article = parsed(text);
  const { text: rebuilt, gaps } = reassemble(article);
  expect(rebuilt).toBe(text);
  for (const gap of gaps) expect(gap).toMatch(/^[\s\uFEFF]*$/u);
  for (const s of article.sentences) expect(text.slice(...s.span)).toBe(s.text.hi);
  return article;
}

describe('accepted variants of the report', () => {
  it('CRLF line endings', () => {
    expect(summary(expectLossless(seedText.replace(/\n/g, '\r\n')))).toEqual(expected);
  });

  it('a UTF-8 byte-order mark', () => {
    expect(summary(expectLossless(`\uFEFF${seedText}`))).toEqual(expected);
  });

  it('extra blank lines and trailing spaces', () => {
    const text = `\n\n${seedText.replace(/\n\n/g, '  \n \n\n\t\n').replace(/।\n/g, '। \t\n')}\n\n\n`;
    expect(summary(expectLossless(text))).toEqual(expected);
  });

  it('generated mixes of all of these stay lossless with the same attributions', () => {
    const variant = fc.record({
      crlf: fc.boolean(),
      bom: fc.boolean(),
      before: fc.constantFrom('', '\n', '\n\n\n'),
      gap: fc.constantFrom('\n\n', '\n\n\n', '\n \n', '\n\t\n\n'),
      trailing: fc.constantFrom('', ' ', '  \t'),
    });
    fc.assert(
      fc.property(variant, ({ crlf, bom, before, gap, trailing }) => {
        let text = before + seedText.replace(/\n\n/g, `${trailing}${gap}`);
        if (crlf) text = text.replace(/\r?\n/g, '\r\n');
        if (bom) text = `\uFEFF${text}`;
        expect(summary(expectLossless(text))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
