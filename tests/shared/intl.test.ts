import { describe, expect, it } from 'vitest';
import { countryNamesOf } from '../../src/loader/vite-plugin.ts';
import { countryName, formatDate, formatList } from '../../src/shared/intl.ts';
import { INTERFACE_LOCALES } from '../../src/shared/lang.ts';
import type { Article } from '../../src/schema/article.ts';

const platformDate = (iso: string, lang: 'hi' | 'en') => new Intl.DateTimeFormat(INTERFACE_LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const withoutNukta = (text: string) => text.normalize('NFD').replace(/\u093C/g, '');

describe('dates as each interface language writes them', () => {
  const days = Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}-${String(m + 17).padStart(2, '0')}`);

  it('in English, exactly as the platform writes them for en-GB', () => {
    for (const iso of [...days, '2014-11-01', '1999-12-31']) expect(formatDate(iso, 'en')).toBe(platformDate(iso, 'en'));
  });

  it('in Hindi, as the platform writes them for hi-IN, without the nukta the interface does without', () => {
    for (const iso of days) expect(formatDate(iso, 'hi')).toBe(withoutNukta(platformDate(iso, 'hi')));
    expect(formatDate('2025-02-03', 'hi')).toBe('3 फरवरी 2025');
  });
});

describe('lists', () => {
  it('join as the platform joins them for each interface locale', () => {
    for (const lang of ['hi', 'en'] as const) {
      const platform = new Intl.ListFormat(INTERFACE_LOCALES[lang], { type: 'conjunction' });
      for (const items of [['क'], ['क', 'ख'], ['क', 'ख', 'ग'], ['क', 'ख', 'ग', 'घ']]) expect(formatList(items, lang)).toBe(platform.format(items));
    }
    expect(formatList([], 'en')).toBe('');
  });
});

describe('country names', () => {
  it('the build tabulates every country the reports name, hosts, visitors and their leaders, in both languages', () => {
    const article = { countries: [{ code: 'IN' }, { code: 'FJ' }], people: [{ country: 'CN' }] } as unknown as Article;
    const table = countryNamesOf([article]);
    expect(Object.keys(table.en)).toEqual(['CN', 'FJ', 'IN']);
    expect(table.en.FJ).toBe('Fiji');
    expect(table.hi.IN).toBe(new Intl.DisplayNames(['hi-IN'], { type: 'region' }).of('IN'));
  });

  it('a page names a country from that table, and from the platform when the table lacks it', () => {
    expect(countryName('cn', 'en')).toBe('China');
    expect(countryName('SG', 'en')).toBe('Singapore');
    expect(countryName('not a code', 'en')).toBe('NOT A CODE');
  });
});
