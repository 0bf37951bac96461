import seed from 'virtual:bhent/article/2025-08-31-xi-tianjin-meetings';
import { describe, expect, it } from 'vitest';
import { mapData } from '../../../src/app/map-data.ts';
import type { Article } from '../../../src/schema/article.ts';

/** The seed as a report would be whose venue no gazetteer knows, with a capital unknown and one known only in English. */
function withGaps(article: Article): Article {
  return {
    ...article,
    venue: null,
    countries: article.countries.map((c) => (c.code === 'KG' ? { ...c, capital: null } : c)),
    places: article.places.filter((p) => p.id !== 'tianjin' && p.id !== 'bishkek').map((p) => (p.id === 'minsk' ? { ...p, name: { en: p.name.en } } : p)),
  };
}

describe('mapData, the one adapter from an article to its map', () => {
  it('gives the seed’s host, venue and visitors, named in English', () => {
    const data = mapData(seed, 'en');
    expect(data.report).toBe(seed.id);
    expect(data.host).toEqual({ code: 'CN', name: 'China' });
    expect(data.venue).toEqual({ text: 'Tianjin', lang: 'en', lat: expect.closeTo(39.08, 1), lon: expect.closeTo(117.2, 1) });
    expect(data.visitors.map((v) => [v.code, v.meetingId, v.name, v.capital?.name])).toEqual([
      ['KG', 'kg', 'Kyrgyzstan', 'Bishkek'],
      ['AZ', 'az', 'Azerbaijan', 'Baku'],
      ['BY', 'by', 'Belarus', 'Minsk'],
    ]);
    expect(data.visitors.every((v) => v.capital?.lang === 'en')).toBe(true);
  });

  it('names them in Hindi as the report spells them', () => {
    const data = mapData(seed, 'hi');
    expect(data.host.name).toBe('चीन');
    expect(data.venue).toMatchObject({ text: 'थ्येनचिन', lang: 'hi' });
    expect(data.visitors.map((v) => v.name)).toEqual(['किर्गिस्तान', 'अजरबैजान', 'बेलारूस']);
    expect(data.visitors.map((v) => v.capital && [v.capital.name, v.capital.lang])).toEqual([
      ['बिश्केक', 'hi'],
      ['बाकू', 'hi'],
      ['मिन्स्क', 'hi'],
    ]);
  });

  it('leaves out a venue and a capital no dataset knows, and keeps the language of a capital named only in English', () => {
    const data = mapData(withGaps(seed), 'hi');
    expect(data.venue).toBeNull();
    expect(data.visitors.map((v) => v.capital && [v.capital.name, v.capital.lang])).toEqual([null, ['बाकू', 'hi'], ['Minsk', 'en']]);
  });
});
