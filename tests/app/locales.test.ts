import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en/common.json';
import hi from '../../src/locales/hi/common.json';

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

describe('interface strings', () => {
  it('Hindi and English have the same keys, none empty', () => {
    expect(keys(hi).sort()).toEqual(keys(en).sort());
    for (const key of keys(hi)) expect(key.split('.').reduce<any>((o, k) => o[k], hi)).not.toBe(''); // eslint-disable-line @typescript-eslint/no-explicit-any -- walking parsed JSON
  });
});
