import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/schema/article.ts';
import { articleCountryName, shortName } from '../../src/shared/names.ts';

const article: Pick<Article, 'countries'> = {
  countries: [
    { code: 'CN', role: 'protagonist', spelling: 'चीन', capital: 'beijing' },
    { code: 'KG', role: 'counterpart', spelling: 'किर्गिस्तान', capital: 'bishkek' },
  ],
};
const platform = (lang: string, code: string) => new Intl.DisplayNames([lang], { type: 'region' }).of(code);

describe('articleCountryName', () => {
  it('spells a country the report names as the report does, in Hindi', () => {
    expect(articleCountryName(article, 'KG', 'hi')).toBe('किर्गिस्तान');
    expect(articleCountryName(article, 'kg', 'hi')).toBe('किर्गिस्तान');
    expect(platform('hi-IN', 'KG')).not.toBe('किर्गिस्तान');
  });

  it("falls back to the platform's name for a country the report does not name, and in English", () => {
    expect(articleCountryName(article, 'AZ', 'hi')).toBe(platform('hi-IN', 'AZ'));
    expect(articleCountryName(article, 'KG', 'en')).toBe('Kyrgyzstan');
  });
});

describe('shortName', () => {
  const person = (hi: string, en: string) => ({ name: { hi, en } });

  it('leaves out a patronymic, in either script', () => {
    const japarov = person('सादिर नर्गोज़ोएविच जापारोव', 'Sadyr Nurgojoevich Japarov');
    expect(shortName(japarov, 'hi')).toBe('सादिर जापारोव');
    expect(shortName(japarov, 'en')).toBe('Sadyr Japarov');
    expect(shortName(person('वेलेंटीना इवानोव्ना मत्वियेंको', 'Valentina Ivanovna Matviyenko'), 'en')).toBe('Valentina Matviyenko');
  });

  it('keeps every other name whole', () => {
    expect(shortName(person('शी चिनफिंग', 'Xi Jinping'), 'en')).toBe('Xi Jinping');
    expect(shortName(person('लुकाशंको', 'Alexander Lukashenko'), 'hi')).toBe('लुकाशंको');
    expect(shortName(person('लुइज़ इनासियो लूला दा सिल्वा', 'Luiz Inácio Lula da Silva'), 'en')).toBe('Luiz Inácio Lula da Silva');
    expect(shortName(person('कासिम-जोमार्ट तोकायेव', 'Kassym-Jomart Tokayev'), 'hi')).toBe('कासिम-जोमार्ट तोकायेव');
  });
});
