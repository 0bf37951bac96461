import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/loader/load.ts';
import type { TranslatedArticle } from '../../src/schema/article.ts';
import { ROOT, reassemble } from './helpers.ts';

const DIR = join(ROOT, 'tests/fixtures/hostile');
const REPORT = join(DIR, '2025-09-01-hostile.hi.txt');
const TRANSLATION = join(DIR, '2025-09-01-hostile.en.po');

const result = loadReports([REPORT], { gazetteerPath: join(DIR, 'gazetteer.json'), cwd: ROOT });
const article = (result.ok ? result.articles[0] : undefined) as TranslatedArticle | undefined;
const sentence = (id: string) => article!.sentences.find((s) => s.id === id)!;
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror=alert(1)>';
const LINK = '<a href="javascript:alert(1)">';
const ZWJ = '\u200D';
const HOSTILE = [SCRIPT, IMG, LINK, '<b>', '</b>', ZWJ, '🤝🇰🇿🇨🇳', '🇧🇾❤️🇨🇳'];

describe('a hostile report', () => {
  it('loads with its translation', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(article?.id).toBe('2025-09-01-hostile');
    expect(article?.meetings.map((m) => [m.id, m.kind])).toEqual([['kz', 'mulaqat'], ['by', 'baatcheet']]);
  });

  it('keeps the source byte for byte and is lossless', () => {
    const bytes = readFileSync(REPORT);
    expect(article!.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(article!.source.text).toBe(bytes.toString('utf8'));
    const { text, gaps } = reassemble(article!);
    expect(text).toBe(article!.source.text);
    for (const gap of gaps) expect(gap).toMatch(/^[\s\uFEFF]*$/u);
    for (const s of article!.sentences) expect(article!.source.text.slice(...s.span)).toBe(s.text.hi);
  });

  it('passes markup, scripts and javascript: URLs through verbatim in Hindi and in English', () => {
    expect(sentence('p2.s1').text.hi).toBe(`तोकायेव से मुलाकात के समय शी ने कहा कि <b>चीन</b> और कज़ाकिस्तान ${IMG} अच्छे पड़ोसी हैं।`);
    expect(sentence('p2.s1').text.en).toBe(`During the meeting with Tokayev, Xi said that <b>China</b> and Kazakhstan ${IMG} are good neighbours.`);
    expect(sentence('p2.s2').text.hi).toContain(SCRIPT);
    expect(sentence('p2.s2').text.en).toContain(SCRIPT);
    expect(sentence('p2.s3').text.hi).toBe(`विवरण ${LINK}यहां</a> देखें।`);
    expect(sentence('p2.s3').text.en).toBe(`See the details ${LINK}here</a>.`);
    expect(article!.headline).toEqual({
      hi: `<b>शी</b> ने थ्येनचिन में <i>दो</i> राष्ट्रपतियों से भेंट की ${SCRIPT}`,
      en: `Xi meets <b>two</b> presidents in Tianjin ${SCRIPT}`,
      editorial: true,
    });
    expect(article!.summary.en).toContain(IMG);
  });

  it('keeps a 5,000-character sentence, joiners inside words and emoji whole', () => {
    expect(sentence('p3.s1').text.hi.length).toBeGreaterThanOrEqual(5000);
    expect(sentence('p3.s1').text.en.length).toBeGreaterThanOrEqual(5000);
    expect(sentence('p3.s2').text.hi).toBe('कज़ाकिस्तान उलटा पाठ के बावजूद चीन का भरोसेमंद साझेदार है 🤝🇰🇿🇨🇳।');
    expect(sentence('p3.s2').text.en).toContain('reversed text');
    expect(sentence('p4.s1').text.hi).toContain(`मित्${ZWJ}रता`);
    expect(sentence('p4.s2').text.hi).toContain(`सह${ZWJ}योग`);
    expect(sentence('p5.s1').text.hi).toContain('🇧🇾❤️🇨🇳');
  });

  it('carries every hostile string as often as the files do, neither stripped nor added', () => {
    const source = article!.source.text;
    const po = readFileSync(TRANSLATION, 'utf8');
    const texts = [article!.headline, article!.summary, article!.dateline!.text, ...article!.sentences.map((s) => s.text)];
    const hindi = texts.map((t) => t.hi).join('\n');
    const english = texts.map((t) => t.en).join('\n');
    for (const needle of HOSTILE) {
      const inPo = count(po, needle.replace(/"/g, '\\"'));
      expect([needle, count(hindi, needle) + count(english, needle)]).toEqual([needle, inPo]);
      expect([needle, count(source, needle)]).toEqual([needle, count(article!.sentences.map((s) => s.text.hi).join('\n'), needle)]);
    }
  });
});
