/**
 * Every fact the published reports state, checked against their text as a
 * sub-editor would: who met whom, under which office, who hosted, when and
 * where it was held, and how — each from the words quoted, from an editor's
 * decision with its reason, or unknown. A change that makes the site say
 * more than the reports do fails here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Fact } from '../../src/schema/article.ts';
import { ROOT, parseReport, read } from './helpers.ts';

const articles = new Map<string, Article>();
const warnings: string[] = [];
for (const name of readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.hi.txt'))) {
  const result = parseReport(read(`seeds/${name}`), `seeds/${name}`);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  warnings.push(...result.warnings.map((w) => `${w.file}:${w.line}: ${w.code}`));
  articles.set(result.article.id, result.article);
}

/** A fact as "<value or none> ← <the words> (rule)", "<value or none> ← editor", or "unknown". */
function footing(article: Article, fact: Fact<string>): string {
  const value = fact.value ?? 'none';
  if (fact.from === 'text') {
    expect(article.source.text.slice(...fact.span)).toBe(fact.hi);
    return `${value} ← «${fact.hi}» (${fact.rule})`;
  }
  return fact.from === 'editor' ? `${value} ← editor` : 'unknown';
}

interface Expected {
  report: string;
  meeting: string;
  protagonist: string;
  counterparts: string[];
  host: string;
  held: string;
  venue: string;
  remote?: string;
  /** Each participant's office as the report gives it, in their country's English. */
  offices: Record<string, string>;
}

const PUBLISHED: Expected[] = [
  {
    report: '2014-11-21-cri-xi-fiji-president',
    meeting: 'fj',
    protagonist: 'xi-jinping',
    counterparts: ['epeli-nailatikau'],
    // Fiji's prime minister held a ceremony that night to welcome Xi: Xi was Fiji's guest.
    host: 'epeli-nailatikau ← «शी चिनफिंग के स्वागत» (welcome)',
    held: '2014-11-21 ← «21 नवम्बर» (day-month)',
    venue: 'none ← editor',
    offices: { 'xi-jinping': 'President', 'epeli-nailatikau': 'President' },
  },
  {
    report: '2016-08-25-cri-wangyi-kishida-tokyo',
    meeting: 'jp',
    protagonist: 'wang-yi',
    counterparts: ['fumio-kishida'],
    // In Tokyo, but no word of a visit: the text does not say who hosted.
    host: 'unknown',
    held: '2016-08-24 ← «24 अगस्त» (day-month)',
    venue: 'tokyo ← «तोक्यो» (place)',
    offices: { 'wang-yi': 'Minister of Foreign Affairs', 'fumio-kishida': 'Minister for Foreign Affairs' },
  },
  {
    report: '2016-09-06-cri-xi-merkel-hangzhou',
    meeting: 'de',
    protagonist: 'xi-jinping',
    counterparts: ['angela-merkel'],
    host: 'xi-jinping ← «उपस्थित» (attending)',
    held: '2016-09-05 ← «5 सितंबर» (day-month)',
    venue: 'hangzhou ← «हांगचो» (place)',
    offices: { 'xi-jinping': 'President', 'angela-merkel': 'Federal Chancellor' },
  },
  {
    report: '2022-03-25-ibc24-bhasha-jaishankar-wangyi',
    meeting: 'cn',
    protagonist: 's-jaishankar',
    counterparts: ['wang-yi'],
    host: 's-jaishankar ← «दिल्ली पहुंचे» (arrival)',
    held: '2022-03-25 ← «शुक्रवार» (weekday)',
    venue: 'hyderabad-house ← editor',
    offices: { 's-jaishankar': 'Minister of External Affairs', 'wang-yi': 'Minister of Foreign Affairs' },
  },
  {
    report: '2022-04-20-punjabkesari-modi-jugnauth-gujarat',
    meeting: 'mu',
    protagonist: 'narendra-modi',
    counterparts: ['pravind-jugnauth'],
    host: 'narendra-modi ← «भारत की यात्रा पर» (visit)',
    held: '2022-04-20 ← «आज» (today)',
    venue: 'none ← editor',
    offices: { 'narendra-modi': 'Prime Minister', 'pravind-jugnauth': 'Prime Minister' },
  },
  {
    report: '2023-03-02-vniindia-jaishankar-qingang',
    meeting: 'cn',
    protagonist: 's-jaishankar',
    counterparts: ['qin-gang'],
    host: 'unknown',
    held: '2023-03-02 ← «आज» (today)',
    venue: 'new-delhi ← «दिल्ली» (place)',
    offices: { 's-jaishankar': 'Minister of External Affairs', 'qin-gang': 'Minister of Foreign Affairs' },
  },
  {
    report: '2023-09-11-cri-liqiang-biden-g20',
    meeting: 'us',
    protagonist: 'li-qiang',
    counterparts: ['joe-biden'],
    // At the G20 in New Delhi (an editor's decision): neither hosted. The spokesperson spoke on Monday; the talks have no day.
    host: 'none ← editor',
    held: 'unknown',
    venue: 'new-delhi ← editor',
    offices: { 'li-qiang': 'Premier of the State Council', 'joe-biden': 'President' },
  },
  {
    report: '2024-12-18-ibc24-bhasha-jaishankar-saar-phone',
    meeting: 'il',
    protagonist: 's-jaishankar',
    counterparts: ['gideon-saar'],
    host: 'none ← «फोन पर» (call)',
    held: '2024-12-18 ← «बुधवार» (weekday)',
    venue: 'none ← «फोन पर» (call)',
    remote: 'phone, caller unknown',
    offices: { 's-jaishankar': 'Minister of External Affairs', 'gideon-saar': 'Minister of Foreign Affairs' },
  },
  ...['kg', 'az', 'by'].map((meeting, i) => ({
    report: '2025-08-31-xi-tianjin-meetings',
    meeting,
    protagonist: 'xi-jinping',
    counterparts: [['sadyr-japarov', 'ilham-aliyev', 'alexander-lukashenko'][i]!],
    // They came to take part in the summit and the commemoration in Tianjin; the report gives no day of the meetings.
    host: 'xi-jinping ← «भाग लेने» (attending)',
    held: 'unknown',
    venue: 'tianjin ← «थ्येनचिन» (place)',
    offices: { 'xi-jinping': 'President', [['sadyr-japarov', 'ilham-aliyev', 'alexander-lukashenko'][i]!]: 'President' },
  })),
  {
    report: '2025-10-15-htsyndication-uni-rajnath-alckmin',
    meeting: 'br',
    protagonist: 'rajnath-singh',
    counterparts: ['geraldo-alckmin'],
    host: 'rajnath-singh ← «भारत यात्रा पर» (visit)',
    held: '2025-10-15 ← «बुधवार» (weekday)',
    venue: 'new-delhi ← «यहां» (here)',
    offices: { 'rajnath-singh': 'Minister of Defence', 'geraldo-alckmin': 'Vice-President' },
  },
];

describe('the published reports state only what their text or an editor supports', () => {
  it('every published report loads with no warning (as `npm run load -- --strict` does)', () => {
    expect(warnings).toEqual([]);
  });

  it('every published meeting is checked here', () => {
    expect([...articles.values()].flatMap((a) => a.meetings.map((m) => `${a.id} ${m.id}`)).sort()).toEqual(PUBLISHED.map((e) => `${e.report} ${e.meeting}`).sort());
  });

  it.each(PUBLISHED)('$report, meeting $meeting', (expected) => {
    const article = articles.get(expected.report)!;
    const m = article.meetings.find((x) => x.id === expected.meeting)!;
    const offices = Object.fromEntries([m.protagonist, ...m.counterparts].map((id) => [id, article.people.find((p) => p.id === id)!.title.office?.en ?? 'unknown']));
    expect({
      report: expected.report,
      meeting: m.id,
      protagonist: m.protagonist,
      counterparts: m.counterparts,
      host: footing(article, m.host),
      held: footing(article, m.date),
      venue: footing(article, m.venue),
      ...(m.remote ? { remote: `${m.remote.by}, caller ${m.remote.caller.value ?? 'unknown'}` } : {}),
      offices,
    }).toEqual(expected);
  });

  it('an editor\'s decision always says why', () => {
    for (const article of articles.values()) {
      for (const m of article.meetings) for (const fact of [m.host, m.date, m.venue]) if (fact.from === 'editor') expect(fact.why.length).toBeGreaterThan(20);
    }
  });
});
