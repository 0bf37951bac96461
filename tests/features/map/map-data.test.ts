import seed from 'virtual:bhent/article/2025-08-31-xi-tianjin-meetings';
import fiji from 'virtual:bhent/article/2014-11-21-cri-xi-fiji-president';
import tokyo from 'virtual:bhent/article/2016-08-25-cri-wangyi-kishida-tokyo';
import g20 from 'virtual:bhent/article/2023-09-11-cri-liqiang-biden-g20';
import call from 'virtual:bhent/article/2024-12-18-ibc24-bhasha-jaishankar-saar-phone';
import { describe, expect, it } from 'vitest';
import { mapData } from '../../../src/app/map-data.ts';
import type { Article } from '../../../src/schema/article.ts';

/** The seed as a report would be whose venue no one knows, with a capital unknown and one known only in English. */
function withGaps(article: Article): Article {
  return {
    ...article,
    meetings: article.meetings.map((m) => ({ ...m, venue: { value: null, from: 'unknown' } })),
    countries: article.countries.map((c) => (c.code === 'KG' ? { ...c, capital: null } : c)),
    places: article.places.filter((p) => p.id !== 'tianjin' && p.id !== 'bishkek').map((p) => (p.id === 'minsk' ? { ...p, name: { en: p.name.en } } : p)),
  };
}

const journeys = (article: Article) => mapData(article, 'en').journeys.map((j) => `${j.code} → ${j.venue} (${j.meetings.join(' ')})`);

describe('mapData, the one adapter from an article to its map', () => {
  it('gives the seed’s own side, the countries met, the host, the venue and the journeys, named in English', () => {
    const data = mapData(seed, 'en');
    expect(data.report).toBe(seed.id);
    expect(data.own).toEqual({ code: 'CN', name: 'China', capital: { name: 'Beijing', lang: 'en', lat: expect.closeTo(39.9, 1), lon: expect.closeTo(116.4, 1) } });
    expect(data.venues).toEqual([{ id: 'tianjin', text: 'Tianjin', lang: 'en', lat: expect.closeTo(39.08, 1), lon: expect.closeTo(117.2, 1) }]);
    expect(data.counterparts.map((c) => [c.code, c.meetingId, c.name, c.capital?.name])).toEqual([
      ['KG', 'kg', 'Kyrgyzstan', 'Bishkek'],
      ['AZ', 'az', 'Azerbaijan', 'Baku'],
      ['BY', 'by', 'Belarus', 'Minsk'],
    ]);
    expect(data.counterparts.every((c) => c.capital?.lang === 'en')).toBe(true);
    // Xi hosted, as the report says (the others came to take part in the summit).
    expect(data.hosts).toEqual(['CN']);
    // None from Beijing: Tianjin is in China, the places' own country says so.
    expect(journeys(seed)).toEqual(['KG → tianjin (kg)', 'AZ → tianjin (az)', 'BY → tianjin (by)']);
  });

  it('names them in Hindi as the report spells them', () => {
    const data = mapData(seed, 'hi');
    expect(data.own.name).toBe('चीन');
    expect(data.venues[0]).toMatchObject({ text: 'थ्येनचिन', lang: 'hi' });
    expect(data.counterparts.map((c) => c.name)).toEqual(['किर्गिस्तान', 'अजरबैजान', 'बेलारूस']);
    expect(data.counterparts.map((c) => c.capital && [c.capital.name, c.capital.lang])).toEqual([
      ['बिश्केक', 'hi'],
      ['बाकू', 'hi'],
      ['मिन्स्क', 'hi'],
    ]);
  });

  it('leaves out a venue and a capital no one knows, and keeps the language of a capital named only in English', () => {
    const data = mapData(withGaps(seed), 'hi');
    expect(data.venues).toEqual([]);
    expect(data.journeys).toEqual([]);
    expect(data.counterparts.map((c) => c.capital && [c.capital.name, c.capital.lang])).toEqual([null, ['बाकू', 'hi'], ['Minsk', 'en']]);
  });

  it('marks a host only where a meeting’s host is a fact: none where the report does not say who hosted', () => {
    expect(mapData(tokyo, 'en').hosts).toEqual([]);
    expect(mapData(g20, 'en').hosts).toEqual([]);
  });

  it('marks the country met as the host where its leader hosted: Fiji’s president welcoming Xi', () => {
    const data = mapData(fiji, 'en');
    expect(data.own.code).toBe('CN');
    expect(data.hosts).toEqual(['FJ']);
    // Where they met is not known: no venue, no journey.
    expect(data.venues).toEqual([]);
    expect(data.journeys).toEqual([]);
  });

  it('starts no journey at a capital that is the venue: Wang Yi came to Tokyo, Kishida was at home', () => {
    expect(mapData(tokyo, 'en').venues.map((v) => v.text)).toEqual(['Tokyo']);
    expect(journeys(tokyo)).toEqual(['CN → tokyo (jp)']);
  });

  it('brings both sides to a venue in neither side’s country: Li Qiang and Biden in New Delhi', () => {
    expect(journeys(g20)).toEqual(['CN → new-delhi (us)', 'US → new-delhi (us)']);
  });

  it('draws a call with no venue, no journey and no host', () => {
    const data = mapData(call, 'en');
    expect(data.venues).toEqual([]);
    expect(data.journeys).toEqual([]);
    expect(data.hosts).toEqual([]);
    expect(data.counterparts.map((c) => c.name)).toEqual(['Israel']);
  });
});
