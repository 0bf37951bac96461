import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en/common.json';
import hi from '../../src/locales/hi/common.json';

const entries = (value: unknown, prefix = ''): Array<[string, string]> =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => entries(v, `${prefix}${k}.`))
    : [[prefix.slice(0, -1), String(value)]];
const keys = (value: unknown) => entries(value).map(([key]) => key);

describe('interface strings', () => {
  it('Hindi and English have the same keys, none empty', () => {
    expect(keys(hi).sort()).toEqual(keys(en).sort());
    for (const [key, text] of [...entries(hi), ...entries(en)]) expect(text, key).not.toBe('');
  });

  it('Hindi writes no nukta on क ख ग ज फ, as the report does (ड़ and ढ़ are letters of their own)', () => {
    const loanNukta = /[कखगजफ]\u093C|[\u0958-\u095B\u095E]/u;
    expect(entries(hi).filter(([, text]) => loanNukta.test(text.normalize('NFC')))).toEqual([]);
  });

  it('Hindi says मुलाकात for a meeting; भेंट is the site’s name, and the kind of encounter when a report says it', () => {
    const bhent = entries(hi).filter(([, text]) => text.includes('भेंट')).map(([key]) => key);
    expect(bhent.filter((key) => !key.startsWith('title.') && key !== 'footer.source' && key !== 'kind.bhent')).toEqual([]);
  });
});
