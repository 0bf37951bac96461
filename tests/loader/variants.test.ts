import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/schema/article.ts';
import { parsed, reassemble, seedText } from './helpers.ts';

const summary = (a: Article) => ({
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

  it('hard-wrapped paragraphs: a line break inside a paragraph does not end a sentence', () => {
    // Wrapped after the dateline, which stays on the header's line.
    const body = seedText.indexOf('चीनी राष्ट्रपति');
    let n = 0;
    const wrapped = seedText.slice(0, body) + seedText.slice(body).replace(/ /g, () => (++n % 6 === 0 ? '\n' : ' '));
    const ids = (a: Article) => a.sentences.map((s) => [s.id, s.meeting, s.speaker]);
    for (const text of [wrapped, wrapped.replace(/\n/g, '\r\n')]) {
      const article = expectLossless(text);
      expect(ids(article)).toEqual(expected.sentences.map(([id, , meeting, speaker]) => [id, meeting, speaker]));
      expect(article.sentences.some((s) => s.text.hi.includes('\n'))).toBe(true);
    }
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

describe('variants of the closing lines', () => {
  const CREDIT = '(साभार- चाइना मीडिय ग्रुप, पेइचिंग)';
  const PUBLISHED = 'दैनिक पत्रिका की अनुमति से समाचार सेवा प्रा. लि. द्वारा प्रकाशित';

  it('a syndicated report closes with who published it: a credit line, not a statement', () => {
    const article = expectLossless(seedText.replace(CREDIT, PUBLISHED));
    expect(article.credit?.text.hi).toBe(PUBLISHED);
    expect(summary(article)).toEqual(expected);
  });

  it('a statement that ends the report in the same words stays a statement', () => {
    const said = 'लुकाशंको ने कहा कि यह पुस्तक बेलारूस सरकार की अनुमति से मिन्स्क के एक प्रकाशक द्वारा प्रकाशित';
    const article = parsed(seedText.replace(CREDIT, said));
    expect(article.credit).toBeNull();
    expect(article.sentences.at(-1)?.text.hi).toBe(said);
  });

  it('only the closing lines are read so: the same words inside a statement stay its words', () => {
    const article = parsed(seedText.replace(CREDIT, `अलीयेव ने कहा कि यह पुस्तक सरकार द्वारा प्रकाशित\n\n${CREDIT}`));
    expect(article.credit?.text.hi).toBe(CREDIT);
    expect(article.sentences.at(-1)?.text.hi).toBe('अलीयेव ने कहा कि यह पुस्तक सरकार द्वारा प्रकाशित');
  });
});

describe('variants of the lead', () => {
  it('a two-word title, प्रधान मंत्री', () => {
    const article = parsed(seedText.replace('किर्गिस्तान के राष्ट्रपति', 'किर्गिस्तान के प्रधान मंत्री'));
    expect(article.people.find((p) => p.country === 'KG')).toMatchObject({ title: { value: 'prime-minister', office: { hi: 'प्रधान मंत्री', en: 'Prime Minister' }, from: 'text' }, name: { hi: 'सादिर नर्गोज़ोएविच जापारोव' } });
  });

  it('a meeting the text never words has no kind word rather than a made-up one', () => {
    const text = seedText.replace(/\n\nजोपारोव से मुलाकात[^\n]*/, '').replace('से भेंट की।', 'का स्वागत किया।');
    expect(parsed(text).meetings.map((m) => [m.id, m.kindWord?.hi ?? null])).toEqual([['kg', null], ['az', 'वार्ता'], ['by', 'बातचीत']]);
  });
});
