import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/loader/translate.ts';
import { ROOT, SEED, SEED_PO, parsed, reassemble, seedPo, seedText } from './helpers.ts';

const article = parsed(seedText);
const joined = translate(article, seedPo, SEED_PO);
const sentence = (id: string) => article.sentences.find((s) => s.id === id)!;

describe('the seed report', () => {
  it('is stored byte for byte as received', () => {
    const hash = createHash('sha256').update(readFileSync(resolve(ROOT, SEED))).digest('hex');
    expect(hash).toBe('9bcd40b29d0c718da4e2c3aa9283af8fffe310359a7298483e6fdd4f7f11c6ad');
  });

  it('has nine paragraphs: lead, six statements, credit, sign-off', () => {
    expect(article.paragraphs.map((p) => p.kind)).toEqual([
      'lead', 'statement', 'statement', 'statement', 'statement', 'statement', 'statement', 'credit', 'signoff',
    ]);
  });

  it('reads the date from the header and the dateline place as Beijing, but the venue as Tianjin, from its words', () => {
    expect(article.date).toBe('2025-08-31');
    expect(article.dateline?.place).toBe('beijing');
    expect(article.dateline?.text.hi).toBe('बीजिंग, 31 अगस्त (आईएएनएस)।');
    for (const m of article.meetings) expect(m.venue).toMatchObject({ value: 'tianjin', from: 'text', hi: 'थ्येनचिन', rule: 'place' });
  });

  it('gives no day for the meetings, as the text gives none: 31 August is when the report was filed', () => {
    for (const m of article.meetings) expect(m.date).toEqual({ value: null, from: 'unknown' });
  });

  it('finds three meetings, one per president Xi met, hosted by Xi: the others attend events in Tianjin', () => {
    expect(article.protagonist).toBe('xi-jinping');
    expect(article.meetings.map((m) => [m.id, m.country, m.protagonist, m.counterparts])).toEqual([
      ['kg', 'KG', 'xi-jinping', ['sadyr-japarov']],
      ['az', 'AZ', 'xi-jinping', ['ilham-aliyev']],
      ['by', 'BY', 'xi-jinping', ['alexander-lukashenko']],
    ]);
    for (const m of article.meetings) {
      expect(m.host).toMatchObject({ value: 'xi-jinping', from: 'text', hi: 'भाग लेने', rule: 'attending' });
      if (m.host.from === 'text') expect(article.source.text.slice(...m.host.span)).toBe('भाग लेने');
    }
  });

  it('gives each president the office the text gives him, in English as his country has it', () => {
    expect(article.people.map((p) => [p.id, p.title.value, p.title.office?.hi, p.title.office?.en, p.title.from])).toEqual([
      ['xi-jinping', 'president', 'राष्ट्रपति', 'President', 'text'],
      ['sadyr-japarov', 'president', 'राष्ट्रपति', 'President', 'text'],
      ['ilham-aliyev', 'president', 'राष्ट्रपति', 'President', 'text'],
      ['alexander-lukashenko', 'president', 'राष्ट्रपति', 'President', 'text'],
    ]);
  });

  it('words each encounter as the text does', () => {
    expect(article.meetings.map((m) => [m.kind, m.kindWord?.hi])).toEqual([
      ['mulaqat', 'मुलाकात'],
      ['varta', 'वार्ता'],
      ['baatcheet', 'बातचीत'],
    ]);
    for (const { kindWord } of article.meetings) expect(kindWord && article.source.text.slice(...kindWord.span)).toBe(kindWord?.hi);
  });

  it('attributes every sentence of paragraphs 2–7, including the unnamed speaker of paragraph 2', () => {
    const who = article.sentences.filter((s) => s.paragraph >= 2 && s.paragraph <= 7).map((s) => `${s.id} ${s.meeting} ${s.speaker}`);
    expect(who).toEqual([
      'p2.s1 kg xi-jinping',
      'p2.s2 kg xi-jinping',
      'p2.s3 kg xi-jinping',
      'p3.s1 kg sadyr-japarov',
      'p3.s2 kg sadyr-japarov',
      'p3.s3 kg sadyr-japarov',
      'p4.s1 az xi-jinping',
      'p4.s2 az xi-jinping',
      'p5.s1 az ilham-aliyev',
      'p5.s2 az ilham-aliyev',
      'p6.s1 by xi-jinping',
      'p6.s2 by xi-jinping',
      'p7.s1 by alexander-lukashenko',
      'p7.s2 by alexander-lukashenko',
    ]);
    expect(sentence('p1.s1').speaker).toBeNull();
  });

  it('groups statements by speaker, as they come', () => {
    const kg = article.meetings.find((m) => m.id === 'kg')!;
    expect(kg.statements).toEqual([
      { speaker: 'xi-jinping', sentences: ['p2.s1', 'p2.s2', 'p2.s3'] },
      { speaker: 'sadyr-japarov', sentences: ['p3.s1', 'p3.s2', 'p3.s3'] },
    ]);
  });

  it('knows जापारोव and जोपारोव as one person', () => {
    const japarov = article.people.find((p) => p.id === 'sadyr-japarov')!;
    expect(japarov.spellings).toEqual(['सादिर नर्गोज़ोएविच जापारोव', 'जोपारोव']);
    expect(japarov.name.en).toBe('Sadyr Nurgojoevich Japarov');
  });

  it('gives countries as ISO codes with the spelling the text uses, and places with coordinates', () => {
    expect(article.countries.map((c) => [c.code, c.role, c.spelling])).toEqual([
      ['CN', 'protagonist', 'चीन'],
      ['KG', 'counterpart', 'किर्गिस्तान'],
      ['AZ', 'counterpart', 'अजरबैजान'],
      ['BY', 'counterpart', 'बेलारूस'],
    ]);
    const tianjin = article.places.find((p) => p.id === 'tianjin')!;
    expect(tianjin.roles).toEqual(['venue']);
    expect(tianjin.lat).toBeCloseTo(39.1, 1);
    expect(tianjin.lon).toBeCloseTo(117.2, 1);
    expect(article.places.filter((p) => p.roles.includes('capital')).map((p) => p.id)).toEqual(['beijing', 'bishkek', 'baku', 'minsk']);
    expect(article.places.find((p) => p.id === 'beijing')?.roles).toEqual(['dateline', 'capital']);
  });

  it('keeps the credit line as printed, typo included, and the sign-off agency', () => {
    expect(article.credit?.text.hi).toBe('(साभार- चाइना मीडिय ग्रुप, पेइचिंग)');
    expect(article.signoff?.agency).toBe('ians');
    expect(article.occasion?.text.hi).toMatch(/^वर्ष 2025 एससीओ शिखर सम्मेलन .* गतिविधि$/);
  });

  it('is lossless: sentence spans hold their text and the spans reassemble the source', () => {
    for (const s of article.sentences) expect(article.source.text.slice(...s.span)).toBe(s.text.hi);
    const { text, gaps } = reassemble(article);
    expect(text).toBe(seedText);
    for (const gap of gaps) expect(gap).toMatch(/^\s*$/u);
  });

  it('has English for every sentence, the dateline, the credit and the sign-off', () => {
    if (!joined.ok) throw new Error(JSON.stringify(joined.errors));
    const english = joined.article;
    expect(english.sentences).toHaveLength(15);
    for (const s of english.sentences) expect(s.text.en.length).toBeGreaterThan(10);
    expect(english.dateline?.text.en).toBe('Beijing, 31 August (IANS).');
    expect(english.credit?.text.en).toBe('(Courtesy: China Media Group, Beijing)');
    expect(english.signoff?.text.en).toBe('--IANS');
    expect(english.headline).toMatchObject({ editorial: true, en: expect.stringContaining('Tianjin') });
    expect(english.sentences.find((s) => s.id === 'p3.s1')?.text.en).toMatch(/^Japarov said/);
    expect(english.sentences.some((s) => s.text.en.includes('Alexander'))).toBe(false);
  });
});
