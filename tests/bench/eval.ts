/**
 * How the loader reads real reports a sub-editor has checked: for each
 * `<name>.hi.txt` in the folders given, its `<name>.truth.json` says who met
 * whom, who hosted, where, when, by what means, the offices and who said each
 * sentence. The reports load as a new user's would (the published gazetteer,
 * Hindi only); the table says, per report and in all, what is right, what is
 * left open and what is wrong.
 *
 *   npx tsx tests/bench/eval.ts DIR [DIR …] [--verbose]
 *
 * The reports themselves are copies of published news and stay out of the
 * repository; this reads any folder of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { GazetteerSchema } from '../../src/loader/gazetteer.ts';
import { foldPhrase, skeleton } from '../../src/loader/normalize.ts';
import { parse } from '../../src/loader/parse.ts';
import type { Fact } from '../../src/schema/article.ts';

interface TruthPerson {
  hi: string;
  en?: string;
  country: string;
}
interface TruthMeeting {
  protagonist: TruthPerson;
  counterparts: TruthPerson[];
  host: string | null;
  venue: { hi?: string; en: string; country?: string } | null;
  remote: 'phone' | 'video' | null;
  date: string | null;
}
interface Truth {
  url?: string;
  outlet?: string;
  meetings: TruthMeeting[];
  sentences: Array<{ starts: string; speaker: string | null }>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirs = args.filter((a) => !a.startsWith('--'));
const gazetteerText = readFileSync(join(ROOT, 'seeds/gazetteer.json'), 'utf8');
const gazetteer = GazetteerSchema.parse(JSON.parse(gazetteerText));

const words = (name: string) => foldPhrase(name.replace(/[.()]/gu, ' ')).split(' ').filter((w) => w.length > 1);
/** Do two spellings of a name share a word (by its consonants, as the loader compares surnames)? */
const sameName = (a: string, b: string) => {
  const bs = new Set(words(b).map(skeleton));
  return words(a).some((w) => bs.has(skeleton(w)));
};
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^a-z]+/gu, ' ').trim();
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

interface Row {
  report: string;
  loads: boolean;
  meetings: number;
  participants: number;
  hosts: number;
  hostsWrong: number;
  venues: number;
  venuesWrong: number;
  dates: number;
  datesWrong: number;
  sentences: { right: number; undecided: number; wrong: number; unmatched: number };
  notes: string[];
}

function evaluate(file: string, truth: Truth): Row {
  const report = basename(file, '.hi.txt');
  const row: Row = { report, loads: false, meetings: truth.meetings.length, participants: 0, hosts: 0, hostsWrong: 0, venues: 0, venuesWrong: 0, dates: 0, datesWrong: 0, sentences: { right: 0, undecided: 0, wrong: 0, unmatched: 0 }, notes: [] };
  const result = parse(readFileSync(file, 'utf8'), file, { gazetteer, gazetteerFile: 'seeds/gazetteer.json', gazetteerText });
  if (!result.ok) {
    row.notes.push(...result.errors.map((e) => `${e.code} ${e.line}:${e.column} ${e.message}`));
    row.sentences.unmatched = truth.sentences.length;
    return row;
  }
  row.loads = true;
  const a = result.article;
  const person = (id: string | null) => (id ? a.people.find((p) => p.id === id) : undefined);
  const factValue = (f: Fact<string>) => f.value;
  for (const t of truth.meetings) {
    // The same meeting whichever side the truth and the loader take for the protagonist: the same two countries.
    const sides = new Set([t.protagonist.country, ...t.counterparts.map((c) => c.country)]);
    const countryOfId = (id: string) => a.people.find((p) => p.id === id)?.country;
    const m = a.meetings.find((x) => {
      const ours = new Set([countryOfId(x.protagonist), x.country]);
      return ours.size === sides.size && [...sides].every((c) => ours.has(c));
    });
    if (!m) {
      row.notes.push(`no meeting with ${t.counterparts.map((c) => c.country).join('/')}`);
      continue;
    }
    const protagonist = person(m.protagonist)!;
    const counterparts = m.counterparts.map((id) => person(id)!);
    const truthPeople = [t.protagonist, ...t.counterparts];
    const ours = [protagonist, ...counterparts];
    const peopleRight =
      ours.length === truthPeople.length &&
      truthPeople.every((tp) => ours.some((p) => p.country === tp.country && sameName(p.name.hi, tp.hi)));
    if (peopleRight) row.participants++;
    else row.notes.push(`${m.id} participants: ${ours.map((p) => `${p.name.hi}/${p.country}`).join(', ')} ≠ ${truthPeople.map((p) => `${p.hi}/${p.country}`).join(', ')}`);
    const host = person(factValue(m.host))?.country ?? null;
    if (host === t.host) row.hosts++;
    else {
      if (host !== null) row.hostsWrong++;
      row.notes.push(`${m.id} host ${host ?? 'none'} (${m.host.from}) ≠ ${t.host ?? 'none'}`);
    }
    const venue = m.venue.value ? a.places.find((p) => p.id === m.venue.value) : undefined;
    // The same place by its English name, or by its Hindi (the truth's and the text's words).
    const samePlace = (truth: NonNullable<TruthMeeting['venue']>) =>
      !!venue &&
      (plain(truth.en).split(' ').some((w) => w.length > 3 && plain(venue.name.en).startsWith(w.slice(0, 4))) ||
        (!!truth.hi && m.venue.from === 'text' && (truth.hi.includes(m.venue.hi) || m.venue.hi.includes(truth.hi))));
    const venueRight = t.venue === null ? !venue : samePlace(t.venue);
    if (venueRight) row.venues++;
    else {
      if (venue) row.venuesWrong++;
      row.notes.push(`${m.id} venue ${venue?.name.en ?? 'none'} (${m.venue.from}) ≠ ${t.venue?.en ?? 'none'}`);
    }
    if (m.date.value === t.date) row.dates++;
    else {
      if (m.date.value !== null) row.datesWrong++;
      row.notes.push(`${m.id} date ${m.date.value ?? 'none'} (${m.date.from}) ≠ ${t.date ?? 'none'}`);
    }
  }
  for (const s of truth.sentences) {
    const ours = a.sentences.find((x) => squash(x.text.hi).startsWith(squash(s.starts)));
    if (!ours) {
      row.sentences.unmatched++;
      if (verbose) row.notes.push(`sentence not found: ${s.starts}`);
      continue;
    }
    const speaker = person(ours.speaker);
    const expected = s.speaker;
    if (!speaker && !expected) row.sentences.right++;
    else if (!speaker) row.sentences.undecided++;
    else if (expected && sameName(speaker.name.hi, expected)) row.sentences.right++;
    else {
      row.sentences.wrong++;
      row.notes.push(`${ours.id} said by ${speaker.name.hi}, not ${expected ?? 'no one'}: ${ours.text.hi.slice(0, 60)}`);
    }
  }
  return row;
}

const rows: Row[] = [];
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.hi.txt')).sort()) {
    const file = join(dir, name);
    const truth = JSON.parse(readFileSync(file.replace(/\.hi\.txt$/u, '.truth.json'), 'utf8')) as Truth;
    rows.push(evaluate(file, truth));
  }
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${n}/${d} (${Math.round((100 * n) / d)} %)`);
console.log('| report | loads | participants | host | venue | date | sentences right / undecided / wrong (unmatched) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const s = r.sentences;
  console.log(`| ${r.report} | ${r.loads ? 'yes' : 'no'} | ${r.participants}/${r.meetings} | ${r.hosts}/${r.meetings} | ${r.venues}/${r.meetings} | ${r.dates}/${r.meetings} | ${s.right} / ${s.undecided} / ${s.wrong}${s.unmatched ? ` (${s.unmatched})` : ''} |`);
}
const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
const meetings = sum((r) => r.meetings);
const sentences = sum((r) => r.sentences.right + r.sentences.undecided + r.sentences.wrong);
console.log();
console.log(`reports: ${rows.length}; load: ${pct(rows.filter((r) => r.loads).length, rows.length)}`);
console.log(`meetings: ${meetings}; participants right: ${pct(sum((r) => r.participants), meetings)}; host right (or rightly none): ${pct(sum((r) => r.hosts), meetings)}, wrong hosts: ${sum((r) => r.hostsWrong)}`);
console.log(`venue right (or rightly none): ${pct(sum((r) => r.venues), meetings)}, wrong venues: ${sum((r) => r.venuesWrong)} (the rest left unknown)`);
console.log(`date right (or rightly none): ${pct(sum((r) => r.dates), meetings)}, wrong dates: ${sum((r) => r.datesWrong)} (the rest left unknown)`);
console.log(`sentences: ${sentences}; right ${pct(sum((r) => r.sentences.right), sentences)}, undecided ${sum((r) => r.sentences.undecided)}, wrong ${sum((r) => r.sentences.wrong)}; not matched to a sentence of ours: ${sum((r) => r.sentences.unmatched)}`);
if (verbose || rows.some((r) => r.notes.length > 0)) {
  console.log();
  for (const r of rows) for (const note of r.notes) console.log(`${r.report}: ${note}`);
}
