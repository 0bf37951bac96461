/**
 * Careless and hostile input in the files editors write by hand — the
 * gazetteer and the redirects — is refused with errors located at the value
 * at fault; and an id spelled from a very long name stays short enough to be
 * a file name.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../../src/build/prerender.ts';
import { GazetteerSchema, MAX_ID_LENGTH } from '../../src/loader/gazetteer.ts';
import { MAX_DEPTH, keyOffsetAt, offsetAt, parseJson } from '../../src/loader/json-source.ts';
import { loadReports, readGazetteer, reportsIn } from '../../src/loader/load.ts';
import { boundedId } from '../../src/loader/people.ts';
import { checkRedirects, readRedirects, sitePagesOf, type SitePages } from '../../src/loader/redirects.ts';
import { romanize } from '../../src/loader/romanize.ts';
import { siteData } from '../../src/loader/site-data.ts';
import { ROOT, parseReport, read } from './helpers.ts';

const GAZETTEER = 'seeds/gazetteer.json';
const REDIRECTS = 'seeds/redirects.json';

/** 1-based line and column of the `nth` (from 1) occurrence of `needle` in `text`. */
function place(text: string, needle: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no ${nth}. "${needle}" in the fixture`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const located = (errors: ReadonlyArray<{ code: string; line: number; column: number }>) => errors.map(({ code, line, column }) => ({ code, line, column }));

// A small gazetteer, one entry a line, so a test can add a line and know where it is.
const XI = '    {"id": "xi-jinping", "name": {"hi": "शी चिनफिंग", "en": "Xi Jinping"}, "aliases": ["शी चिनफिंग"], "country": "CN"}';
const BIDEN_AS_XI = '    {"id": "xi-jinping", "name": {"hi": "जो बाइडन", "en": "Joe Biden"}, "aliases": ["जो बाइडन", "बाइडन"], "country": "US"}';
const BEIJING = '    {"id": "beijing", "name": {"hi": "बीजिंग", "en": "Beijing"}, "aliases": ["बीजिंग"], "country": "CN", "lat": 39.9, "lon": 116.4}';
const IANS = '    {"id": "ians", "name": {"hi": "आईएएनएस", "en": "IANS"}, "aliases": ["आईएएनएस"]}';
const CN = '    {"code": "CN", "capital": "beijing"}';

function gazetteerText(parts: { agencies?: string[]; countries?: string[]; places?: string[]; people?: string[]; top?: string[] } = {}): string {
  const list = (name: string, lines: string[]) => [`  "${name}": [`, lines.join(',\n'), '  ],'];
  return [
    '{',
    ...(parts.top ?? []),
    ...list('agencies', parts.agencies ?? [IANS]),
    ...list('countries', parts.countries ?? [CN]),
    ...list('places', parts.places ?? [BEIJING]),
    ...list('people', parts.people ?? [XI]),
    '  "overrides": []',
    '}',
    '',
  ].join('\n');
}

function readGazetteerText(text: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'bhent-gazetteer-')), 'gazetteer.json');
  writeFileSync(file, text);
  return readGazetteer(file, GAZETTEER);
}

describe('the JSON reader', () => {
  it('reads what JSON.parse reads, to the same value, and knows where each value and key is', () => {
    for (const text of [read(GAZETTEER), read(REDIRECTS), '"\\u0905\\n\\t\\"\\\\\\/"', '[-0.5e+2, 0, 1E3, true, false, null, {}, []]', ' {"a" : {"b": [1, {"c": "x"}]}} ']) {
      const parsed = parseJson(text);
      expect(parsed.ok && parsed.value).toEqual(JSON.parse(text));
    }
    const text = '{"a": {"b": [10, {"c": "x"}]}}';
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error('expected the text to parse');
    expect(offsetAt(parsed.source, ['a', 'b', 1, 'c'])).toBe(text.indexOf('"x"'));
    expect(keyOffsetAt(parsed.source, ['a', 'b', 1, 'c'])).toBe(text.indexOf('"c"'));
    expect(offsetAt(parsed.source, ['a', 'b', 0])).toBe(text.indexOf('10'));
    // A byte-order mark before the value, as some editors save one, is allowed.
    expect(parseJson('\uFEFF{"a": 1}')).toMatchObject({ ok: true, value: { a: 1 } });
    // A path the text does not have is placed at its nearest ancestor.
    expect(offsetAt(parsed.source, ['a', 'b', 1, 'missing'])).toBe(text.indexOf('{"c"'));
  });

  it('stops at a syntax error, at its place', () => {
    const cases: Array<[string, number]> = [
      ['{"a": 1 "b": 2}', 8],
      ['{"a": 1,}', 8],
      ['[1, 2,]', 6],
      ["{'a': 1}", 1],
      ['{"a": "one\ntwo"}', 10],
      ['{"a": "\\x"}', 7],
      ['{"a": 01}', 7],
      ['{"a": tru}', 6],
      ['{"a": 1} {}', 9],
      ['{"a": "open', 6],
      ['', 0],
    ];
    for (const [text, offset] of cases) {
      const parsed = parseJson(text);
      expect([text, parsed.ok, parsed.problems.map((p) => [p.kind, p.offset])]).toEqual([text, false, [['syntax', offset]]]);
    }
  });

  it('refuses nesting deeper than it can follow, without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const parsed = parseJson(deep);
    expect(parsed.ok).toBe(false);
    expect(parsed.problems).toEqual([{ kind: 'syntax', offset: MAX_DEPTH + 1, message: expect.stringContaining('nested deeper') }]);
  });

  it('takes "__proto__" as a key like any other, never as the prototype', () => {
    const parsed = parseJson('{"__proto__": {"polluted": true}}');
    if (!parsed.ok) throw new Error('expected the text to parse');
    const value = parsed.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('a careless gazetteer', () => {
  it('the seeds\' gazetteer reads as JSON.parse and the schema read it', () => {
    const { gazetteer, errors } = readGazetteer(join(ROOT, GAZETTEER), GAZETTEER);
    expect(errors).toEqual([]);
    expect(gazetteer).toEqual(GazetteerSchema.parse(JSON.parse(read(GAZETTEER))));
  });

  it('a syntax error, at its place, not at 1:1', () => {
    const text = gazetteerText().replace('  ],\n  "overrides"', '  ]\n  "overrides"');
    const { gazetteer, errors } = readGazetteerText(text);
    expect(gazetteer).toBeUndefined();
    expect(located(errors)).toEqual([{ code: 'gazetteer/syntax', ...place(text, '"overrides"') }]);
  });

  it('a key given twice in one entry, at the second, naming the line of the first', () => {
    const text = gazetteerText({ people: [XI.replace('"country": "CN"', '"country": "CN", "country": "US"')] });
    const { gazetteer, errors } = readGazetteerText(text);
    expect(gazetteer).toBeUndefined();
    expect(located(errors)).toEqual([{ code: 'gazetteer/duplicate-key', ...place(text, '"country"', 3) }]);
    expect(errors[0]!.message).toContain(`first on line ${place(text, '"country"', 2).line}`);
  });

  it('a list given twice at the top, at the second', () => {
    const text = gazetteerText({ top: ['  "people": [],'] });
    const { errors } = readGazetteerText(text);
    expect(located(errors)).toEqual([{ code: 'gazetteer/duplicate-key', ...place(text, '"people"', 2) }]);
    expect(errors[0]!.message).toContain('first on line 2');
  });

  it('an unknown key at the top and in an entry, at the key, saying which keys are allowed', () => {
    const text = gazetteerText({ top: ['  "peopel": [],'], places: [BEIJING.replace('"lat"', '"latitude": 1, "lat"')] });
    const { gazetteer, errors } = readGazetteerText(text);
    expect(gazetteer).toBeUndefined();
    expect(located(errors)).toEqual([
      { code: 'gazetteer/unknown-key', ...place(text, '"peopel"') },
      { code: 'gazetteer/unknown-key', ...place(text, '"latitude"') },
    ]);
    expect(errors[0]!.message).toContain('"peopel" at the top: the keys allowed are agencies, countries, places, people, overrides, decisions');
    expect(errors[1]!.message).toContain('"latitude" in places.0: the keys allowed are id, name, aliases, country, lat, lon');
  });

  it('a value the schema refuses, at the value; a missing key, at its entry', () => {
    const text = gazetteerText({ places: [BEIJING.replace('"lat": 39.9', '"lat": 95')], agencies: [IANS.replace(', "aliases": ["आईएएनएस"]', '')] });
    const { errors } = readGazetteerText(text);
    expect(located(errors)).toEqual([
      { code: 'gazetteer/invalid', ...place(text, '{"id": "ians"') },
      { code: 'gazetteer/invalid', ...place(text, '95') },
    ]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('agencies.0.aliases'), expect.stringContaining('places.0.lat')]);
  });

  it('an id of more than 64 characters, at the id; 64 are allowed', () => {
    const long = 'a'.repeat(MAX_ID_LENGTH + 1);
    const text = gazetteerText({ people: [XI, XI.replace('"xi-jinping"', `"${long}"`)], agencies: [IANS.replace('"ians"', `"${'b'.repeat(MAX_ID_LENGTH)}"`)] });
    const { errors } = readGazetteerText(text);
    expect(located(errors)).toEqual([{ code: 'gazetteer/invalid', ...place(text, `"${long}"`) }]);
    expect(errors[0]!.message).toContain('at most 64 characters');
  });

  it('two people with one id, at the second id, naming the line of the first: never merged into one', () => {
    const text = gazetteerText({ people: [XI, BIDEN_AS_XI] });
    const { gazetteer, errors } = readGazetteerText(text);
    expect(gazetteer).toBeUndefined();
    expect(located(errors)).toEqual([{ code: 'gazetteer/duplicate-id', ...place(text, '"xi-jinping"', 2) }]);
    expect(errors[0]!.message).toContain(`the first is on line ${place(text, XI).line}`);
  });

  it('two places, two agencies with one id, two countries with one code: each at the second', () => {
    const text = gazetteerText({
      places: [BEIJING, BEIJING.replace('"Beijing"', '"Peking"')],
      agencies: [IANS, IANS.replace('"IANS"', '"Indo-Asian News Service"')],
      countries: [CN, '    {"code": "CN", "demonyms": ["चीनी"]}'],
    });
    const { errors } = readGazetteerText(text);
    expect(located(errors)).toEqual([
      { code: 'gazetteer/duplicate-id', ...place(text, '"ians"', 2) },
      { code: 'gazetteer/duplicate-id', ...place(text, '"CN"', 2) },
      { code: 'gazetteer/duplicate-id', ...place(text, '"beijing"', 3) },
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('two agencies with the id "ians": the first is on line 3'),
      expect.stringContaining(`two countries with the code "CN": the first is on line ${place(text, CN).line}`),
      expect.stringContaining(`two places with the id "beijing": the first is on line ${place(text, BEIJING).line}`),
    ]);
  });
});

describe('an id spelled from a very long name', () => {
  const report = (lead: string, rest: string) =>
    ` date 2025-01-10 नई दिल्ली, 10 जनवरी (आईएएनएस)। भारतीय प्रधानमंत्री नरेंद्र मोदी ने नई दिल्ली में ${lead} से भेंट की।\n\nमोदी ने कहा कि भारत और नेपाल के संबंध अटूट हैं।\n\n${rest} ने कहा कि नेपाल भारत का आभारी है।\n\n--आईएएनएस\n`;
  const FILE = 'tests/fixtures/careless/2025-01-10-long-name.hi.txt';

  it('is cut to 64 characters, so its file names stay far below what a file system allows', () => {
    const name = ['खड्गबहादुरसिंह', 'प्रसादनारायणदेव', 'शर्माउपाध्याय', 'ओलीचंद्रवंशी'].map((w) => w.repeat(6)).join(' ');
    expect(romanize(name).length).toBeGreaterThan(255);
    const result = parseReport(report(`नेपाल के प्रधानमंत्री ${name}`, 'ओलीचंद्रवंशी'.repeat(6)), FILE);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const person = result.article.people.find((p) => p.fromText)!;
    expect(person.id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(person.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    // It is still the person who speaks.
    expect(result.article.sentences.find((s) => s.id === 'p3.s1')!.speaker).toBe(person.id);
    const longest = Math.max(...[...siteData([result.article]).keys()].map((path) => Math.max(...path.split('/').map((part) => Buffer.byteLength(part)))));
    expect(longest).toBeLessThan(100);
  });

  it('at a word boundary when there is one, the same for the same name, two for two names that begin alike', () => {
    const words = 'bahadurasinharana-'.repeat(5);
    const a = boundedId(`${words}deuba`);
    const b = boundedId(`${words}paudel`);
    expect(a).toMatch(/^bahadurasinharana-bahadurasinharana-bahadurasinharana-[0-9a-f]{8}$/);
    expect(b).not.toBe(a);
    expect(boundedId(`${words}deuba`)).toBe(a);
    expect(boundedId('k'.repeat(200))).toMatch(/^k{55}-[0-9a-f]{8}$/);
    expect(boundedId('khadg-prasad-sharma-oli')).toBe('khadg-prasad-sharma-oli');
  });

  it('two leaders of one report whose long names begin alike keep two ids', () => {
    const common = 'बहादुरसिंहराणा बहादुरसिंहराणा बहादुरसिंहराणा बहादुरसिंहराणा बहादुरसिंहराणा';
    const lead = `नेपाल के प्रधानमंत्री ${common} देउबा और भूटान के प्रधानमंत्री ${common} पौडेल`;
    const result = parseReport(report(lead, 'देउबा').replace('से भेंट की', 'से अलग-अलग मुलाकात की'), FILE);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const ids = result.article.people.filter((p) => p.fromText).map((p) => p.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
  });
});

describe('careless redirects', () => {
  const SITE: SitePages = {
    pages: new Set(['/', '/reports/r/', '/reports/r/article/', '/reports/r/meetings/kg/', '/people/xi-jinping/', '/countries/kg/', '/years/2025/']),
    leadsOn: new Map([['/people/xi-jin-ping/', '/people/xi-jinping/']]),
  };
  const redirectsText = (lines: string[]) => `[\n${lines.map((l) => `  ${l}`).join(',\n')}\n]\n`;
  const entry = (from: string, to: string) => `{ "from": "${from}", "to": "${to}", "why": "moved" }`;
  const check = (text: string) => {
    const { redirects, errors } = readRedirects(text, REDIRECTS);
    expect(errors).toEqual([]);
    return checkRedirects(redirects, SITE, text, REDIRECTS);
  };

  it('a syntax error, a key given twice, an unknown key, a path that is not one, a from listed twice: each at its place', () => {
    const syntax = redirectsText([entry('/a/', '/reports/r/'), entry('/b/', '/reports/r/').replace('"to"', '"to":')]);
    expect(located(readRedirects(syntax, REDIRECTS).errors)).toEqual([{ code: 'redirects/syntax', ...place(syntax, ': "/reports/r/"', 2) }]);
    const twice = redirectsText([entry('/a/', '/reports/r/').replace('"why"', '"to": "/x/", "why"')]);
    expect(located(readRedirects(twice, REDIRECTS).errors)).toEqual([{ code: 'redirects/duplicate-key', ...place(twice, '"to"', 2) }]);
    const unknown = redirectsText([entry('/a/', '/reports/r/').replace('"why"', '"becuase": "x", "why"')]);
    const unknownErrors = readRedirects(unknown, REDIRECTS).errors;
    expect(located(unknownErrors)).toEqual([{ code: 'redirects/unknown-key', ...place(unknown, '"becuase"') }]);
    expect(unknownErrors[0]!.message).toContain('the keys allowed are from, to, why');
    const path = redirectsText([entry('/a/', '/reports/r/'), entry('/b/', 'reports/r')]);
    expect(located(readRedirects(path, REDIRECTS).errors)).toEqual([{ code: 'redirects/invalid', ...place(path, '"reports/r"') }]);
    // A `from` is written as a file: a part too long for a file name is refused, one of 100 characters is not.
    const long = `/${'a'.repeat(101)}/`;
    const tooLong = redirectsText([entry(`/${'b'.repeat(100)}/`, '/reports/r/'), entry(long, '/reports/r/')]);
    expect(located(readRedirects(tooLong, REDIRECTS).errors)).toEqual([{ code: 'redirects/invalid', ...place(tooLong, `"${long}"`) }]);
    const listedTwice = redirectsText([entry('/a/', '/reports/r/'), entry('/b/', '/reports/r/'), entry('/a/', '/reports/r/article/')]);
    const listedErrors = readRedirects(listedTwice, REDIRECTS).errors;
    expect(located(listedErrors)).toEqual([{ code: 'redirects/duplicate-from', ...place(listedTwice, '"/a/"', 2) }]);
    expect(listedErrors[0]!.message).toContain('first on line 2');
  });

  it('a from that is a page of the site, or an address it already leads on, at the from', () => {
    const text = redirectsText([entry('/reports/r/article/', '/reports/r/'), entry('/people/xi-jin-ping/', '/people/xi-jinping/'), entry('/', '/years/2025/')]);
    expect(located(check(text))).toEqual([
      { code: 'redirects/overwrites-page', ...place(text, '"/reports/r/article/"') },
      { code: 'redirects/overwrites-page', ...place(text, '"/people/xi-jin-ping/"') },
      { code: 'redirects/overwrites-page', ...place(text, '"/"') },
    ]);
  });

  it('a redirect to itself, at the to', () => {
    const text = redirectsText([entry('/meetings/kg/', '/meetings/kg/')]);
    expect(located(check(text))).toEqual([{ code: 'redirects/to-itself', ...place(text, '"/meetings/kg/"', 2) }]);
  });

  it('a circle of two and one of three: one error each, at the first one\'s to, naming every line', () => {
    const text = redirectsText([entry('/a/', '/b/'), entry('/c/', '/d/'), entry('/b/', '/a/'), entry('/d/', '/e/'), entry('/e/', '/c/')]);
    const errors = check(text);
    expect(located(errors)).toEqual([
      { code: 'redirects/cycle', ...place(text, '"/b/"') },
      { code: 'redirects/cycle', ...place(text, '"/d/"') },
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('/a/ → /b/ → /a/ (lines 2, 4)'),
      expect.stringContaining('/c/ → /d/ → /e/ → /c/ (lines 3, 5, 6)'),
    ]);
  });

  it('a to that leads on again is refused, naming where the chain ends; a to that is no page, at the to', () => {
    const text = redirectsText([
      entry('/a/', '/b/'),
      entry('/b/', '/reports/r/meetings/kg/'),
      entry('/c/', '/people/xi-jin-ping/'),
      entry('/d/', '/reports/r/meetings/kz/'),
      entry('/e/', '/f/'),
      entry('/f/', '/g/'),
    ]);
    const errors = check(text);
    expect(located(errors)).toEqual([
      { code: 'redirects/chain', ...place(text, '"/b/"') },
      { code: 'redirects/chain', ...place(text, '"/people/xi-jin-ping/"') },
      { code: 'redirects/no-page', ...place(text, '"/reports/r/meetings/kz/"') },
      { code: 'redirects/chain', ...place(text, '"/f/"') },
      { code: 'redirects/no-page', ...place(text, '"/g/"') },
    ]);
    expect(errors[0]!.message).toContain('lead to where the chain ends, "/reports/r/meetings/kg/", directly');
    expect(errors[1]!.message).toContain('lead there directly');
    expect(errors[3]!.message).toContain('the chain ends at "/g/", which is no page');
  });

  it('redirects straight to pages pass', () => {
    const text = redirectsText([entry('/meetings/kg/', '/reports/r/meetings/kg/'), entry('/article/', '/reports/r/article/'), entry('/people/xi/', '/people/xi-jinping/')]);
    expect(check(text)).toEqual([]);
  });
});

describe('the site\'s pages and the seeds\' redirects', () => {
  const loaded = loadReports(reportsIn(join(ROOT, 'seeds')), { cwd: ROOT });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));

  it('the pages are the ones the build renders, the people\'s former ids the addresses it leads on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bhent-pages-'));
    for (const [path, content] of siteData(loaded.articles)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const built = sitePages(dir, []);
    const site = sitePagesOf(loaded.articles);
    const hindi = (path: string) => (path.startsWith('/hi/') ? [path.slice(3)] : []);
    expect([...site.pages].sort()).toEqual(built.pages.flatMap(hindi).sort());
    expect([...site.leadsOn].sort()).toEqual(built.leadsOn.flatMap(([from, to]) => (from.startsWith('/hi/') ? [[from.slice(3), to.slice(3)]] : [])).sort());
  });

  it('the seeds\' redirects pass; the same with one leading to a page that is gone fails', () => {
    const text = readFileSync(join(ROOT, REDIRECTS), 'utf8');
    const { redirects, errors } = readRedirects(text, REDIRECTS);
    expect(errors).toEqual([]);
    const site = sitePagesOf(loaded.articles);
    expect(checkRedirects(redirects, site, text, REDIRECTS)).toEqual([]);
    const gone = text.replace('/meetings/jp/"', '/meetings/cn/"');
    expect(located(checkRedirects(readRedirects(gone, REDIRECTS).redirects, site, gone, REDIRECTS))).toEqual([{ code: 'redirects/to-itself', ...place(gone, '"/reports/2016-08-25-cri-wangyi-kishida-tokyo/meetings/cn/"', 2) }]);
    const missing = text.replace('/meetings/jp/"', '/meetings/kr/"');
    expect(located(checkRedirects(readRedirects(missing, REDIRECTS).redirects, site, missing, REDIRECTS))).toEqual([{ code: 'redirects/no-page', ...place(missing, '"/reports/2016-08-25-cri-wangyi-kishida-tokyo/meetings/kr/"') }]);
  });
});

describe('characters that show nothing in the gazetteer and the redirects', () => {
  it('a direction override in a name or a zero-width space in an alias is an error at that string', () => {
    const text = gazetteerText({ people: [XI.replace('"Xi Jinping"', '"Xi\u202EJinping"'), BIDEN_AS_XI.replace('"xi-jinping"', '"joe-biden"').replace('"बाइडन"]', '"बाइ\u200Bडन"]')] });
    const { gazetteer, errors } = readGazetteerText(text);
    expect(gazetteer).toBeUndefined();
    expect(located(errors)).toEqual([
      { code: 'input/control-character', ...place(text, '"Xi\u202EJinping"') },
      { code: 'input/control-character', ...place(text, '"बाइ\u200Bडन"') },
    ]);
    expect(errors[0]!.message).toMatch(/^people\[0\]\.name\.en: U\+202E RIGHT-TO-LEFT OVERRIDE/u);
  });

  it('a redirect\'s reason with a NUL in it is an error at the reason', () => {
    const text = '[\n  { "from": "/old/", "to": "/reports/x/", "why": "moved\\u0000" }\n]\n';
    const { errors } = readRedirects(text, REDIRECTS);
    expect(located(errors)).toEqual([{ code: 'input/control-character', ...place(text, '"moved') }]);
  });
});
