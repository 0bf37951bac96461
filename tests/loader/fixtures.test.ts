import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadReports } from '../../src/loader/load.ts';
import type { TranslatedArticle } from '../../src/schema/article.ts';
import { FIXTURES, ROOT, parseReport, parsed, read, reassemble } from './helpers.ts';

const fixture = (name: string) => `${FIXTURES}/${name}.hi.txt`;
const attributions = (id: string) => {
  const a = parsed(read(fixture(id)), fixture(id));
  return { a, who: a.sentences.filter((s) => s.speaker).map((s) => `${s.id} ${s.meeting} ${s.speaker}`) };
};

describe('other reports of the same genre', () => {
  it('Putin in Vladivostok: leaders the gazetteer does not list, surname spelled two ways', () => {
    const { a, who } = attributions('2024-09-05-putin-vladivostok');
    expect(a.protagonist).toBe('vladimir-putin');
    expect(a.dateline?.place).toBe('moscow');
    // Both came to an event in Russia: Putin hosted them, as the text says where.
    for (const m of a.meetings) {
      expect(m.venue).toMatchObject({ value: 'vladivostok', from: 'text', rule: 'place' });
      expect(m.host).toMatchObject({ value: 'vladimir-putin', from: 'text', rule: 'attending', hi: 'भाग लेने' });
    }
    expect(a.occasion?.text.hi).toBe('पूर्वी आर्थिक मंच');
    const mn = a.people.find((p) => p.country === 'MN')!;
    expect(mn).toMatchObject({ id: 'ukhanagin-khurelasukh', fromText: true, title: { value: 'president', from: 'text' }, spellings: ['उखनागीन खुरेलसुख', 'खुरेलसूख', 'खुरेलसुख'] });
    expect(a.people.find((p) => p.country === 'VN')).toMatchObject({ title: { value: 'prime-minister', office: { hi: 'प्रधानमंत्री', en: 'Prime Minister' } }, name: { hi: 'फाम मिन्ह चिन्ह' } });
    expect(a.meetings.map((m) => [m.id, m.kind])).toEqual([['mn', 'varta'], ['vn', 'mulaqat']]);
    expect(who).toEqual([
      'p2.s1 mn vladimir-putin',
      'p2.s2 mn vladimir-putin',
      'p3.s1 mn ukhanagin-khurelasukh',
      'p4.s1 vn vladimir-putin',
      'p5.s1 vn pham-minh-chinh',
    ]);
    expect(reassemble(a).text).toBe(a.source.text);
  });

  it('Modi in New Delhi: one counterpart, a prime minister, a two-word place, a credit line; no word of a visit, so no host', () => {
    const { a, who } = attributions('2025-01-10-modi-delhi');
    expect(a.places.find((p) => p.id === 'new-delhi')?.roles).toEqual(['dateline', 'venue', 'capital']);
    expect(a.meetings).toHaveLength(1);
    expect(a.meetings[0]).toMatchObject({ id: 'np', kind: 'baatcheet', protagonist: 'narendra-modi', counterparts: ['khadg-prasad-sharma-oli'], host: { value: null, from: 'unknown' } });
    expect(a.credit?.text.hi).toBe('(साभार- दूरदर्शन, नई दिल्ली)');
    expect(who).toEqual(['p2.s1 np narendra-modi', 'p2.s2 np narendra-modi', 'p3.s1 np khadg-prasad-sharma-oli']);
  });

  it('Xi in Shanghai: a paragraph with no cue stays unattributed, with a warning, until the gazetteer overrides it', () => {
    const file = fixture('2025-07-04-xi-shanghai');
    const text = read(file);
    const undecided = parseReport(text, file);
    if (!undecided.ok) throw new Error(JSON.stringify(undecided.errors));
    expect(undecided.warnings.map((e) => [e.code, e.line])).toEqual([['attribution/unattributed', 9]]);
    expect(undecided.article.sentences.find((s) => s.id === 'p5.s1')).toMatchObject({ meeting: null, speaker: null });

    const override = { report: '2025-07-04-xi-shanghai', sentence: 'p5.s1', meeting: 'pk', speaker: 'xi-jinping', why: 'continues Xi in the talks with Sharif' };
    const decided = parseReport(text, file, { overrides: [override] });
    if (!decided.ok) throw new Error(JSON.stringify(decided.errors));
    expect(decided.warnings).toEqual([]);
    expect(decided.article.sentences.map((s) => `${s.id} ${s.meeting} ${s.speaker}`).slice(1)).toEqual([
      'p2.s1 kz xi-jinping',
      'p3.s1 kz kassym-jomart-tokayev',
      'p4.s1 pk xi-jinping',
      'p5.s1 pk xi-jinping',
    ]);
    // शरीफ़ (with nukta) in the lead and शरीफ (without) later are one person.
    expect(decided.article.people.find((p) => p.country === 'PK')?.spellings).toEqual(['शहबाज़ शरीफ़', 'शरीफ']);
  });

  it('an override for a sentence the report does not have is an error in the gazetteer', () => {
    const file = fixture('2025-01-10-modi-delhi');
    const override = { report: '2025-01-10-modi-delhi', sentence: 'p9.s1', meeting: 'np', speaker: 'narendra-modi', why: 'test' };
    const result = parseReport(read(file), file, { overrides: [override] });
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.file])).toEqual([['attribution/unknown-override', 'seeds/gazetteer.json']]);
  });

  it('English names for leaders the gazetteer does not list come from the translation file', () => {
    const result = loadReports([join(ROOT, fixture('2024-09-05-putin-vladivostok'))], { cwd: ROOT, gazetteerPath: join(ROOT, 'seeds/gazetteer.json') });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const article = result.articles[0] as TranslatedArticle;
    expect(article.people.map((p) => p.name.en)).toEqual(['Vladimir Putin', 'Ukhnaagiin Khurelsukh', 'Pham Minh Chinh']);
    expect(article.sentences.every((s) => s.text.en.length > 0)).toBe(true);
  });
});
