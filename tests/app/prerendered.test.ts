// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { prerenderedHere } from '../../src/app/boot/prerendered.ts';
import { FILTER_KEYS } from '../../src/shared/paths.ts';

const rootFor = (path: string) => {
  document.body.innerHTML = `<div id="root" data-path="${path}"></div>`;
  return document.getElementById('root');
};

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('whether the page in hand was prerendered for this very address', () => {
  it('yes, at its own address, with or without its trailing slash, and under the site\'s base', () => {
    history.replaceState(null, '', '/en/reports/a/');
    expect(prerenderedHere(rootFor('/en/reports/a/'), '/')).toBe(true);
    history.replaceState(null, '', '/en/reports/a');
    expect(prerenderedHere(rootFor('/en/reports/a/'), '/')).toBe(true);
    history.replaceState(null, '', '/bhent/en/');
    expect(prerenderedHere(rootFor('/en/'), '/bhent/')).toBe(true);
  });

  it('no, where a host serves another page, or nothing prerendered at all', () => {
    history.replaceState(null, '', '/en/reports/new/');
    expect(prerenderedHere(rootFor('/404/'), '/')).toBe(false);
    document.body.innerHTML = '<div id="root"></div>';
    expect(prerenderedHere(document.getElementById('root'), '/')).toBe(false);
  });

  it.each(FILTER_KEYS)('no, on the front page with the filter "%s" in its query, which the HTML does not apply', (key) => {
    history.replaceState(null, '', `/hi/?${key}=in`);
    expect(prerenderedHere(rootFor('/hi/'), '/')).toBe(false);
  });

  it('yes, with any other query, which changes nothing on the page', () => {
    history.replaceState(null, '', '/hi/?utm_source=feed');
    expect(prerenderedHere(rootFor('/hi/'), '/')).toBe(true);
    history.replaceState(null, '', '/en/reports/a/?country=in');
    expect(prerenderedHere(rootFor('/en/reports/a/'), '/')).toBe(true);
  });
});
