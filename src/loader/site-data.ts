/**
 * Every data file of the site, from the loaded reports: each report's
 * article (also the researchers' download), the front page's, each year's,
 * country's and person's, the people index, and one CSV of every statement.
 * The dev server serves them and the build writes them, byte for byte the
 * same, under `data/` (paths in src/shared/paths.ts).
 */
import type { Article } from '../schema/article.ts';
import type { CountryCount, CountryData, FrontData, PeopleIndex, PersonData, PersonRedirect, ReportSummary, YearData } from '../schema/site.ts';
import { dataPaths } from '../shared/paths.ts';
import { personRef, summaryOf } from '../shared/summary.ts';
import { unifyPeople } from './people-across.ts';
import { statementsCsv } from './statements-csv.ts';

/** How many of the newest reports the front page lists; the rest are a year's page away. */
export const FRONT_SIZE = 20;

const newestFirst = (a: { date: string; id: string }, b: { date: string; id: string }) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
const json = (value: unknown) => JSON.stringify(value);

/** Each country's meetings, on either side, with the spelling most reports use. */
function countries(articles: readonly Article[]): Map<string, CountryData> {
  const out = new Map<string, CountryData & { tally: Map<string, number> }>();
  for (const article of articles) {
    const summary = summaryOf(article);
    const countryOf = new Map(article.people.map((p) => [p.id, p.country]));
    const ownCountry = countryOf.get(article.protagonist)!;
    for (const meeting of article.meetings) {
      const statements = article.sentences.filter((s) => s.meeting === meeting.id && s.speaker !== null).length;
      const hostCountry = meeting.host.value === null ? null : countryOf.get(meeting.host.value)!;
      for (const [code, role] of [[meeting.country, 'counterpart'], [ownCountry, 'protagonist']] as const) {
        const entry: CountryData & { tally: Map<string, number> } = out.get(code) ?? { code, meetings: 0, spelling: null, entries: [], tally: new Map() };
        entry.meetings++;
        entry.entries.push({ report: summary, meeting: meeting.id, role, hosted: hostCountry === null ? null : hostCountry === code, statements });
        const spelling = summary.spellings[code];
        if (spelling) entry.tally.set(spelling, (entry.tally.get(spelling) ?? 0) + 1);
        out.set(code, entry);
      }
    }
  }
  return new Map(
    [...out].map(([code, { tally, ...entry }]) => {
      const spelling = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
      entry.entries.sort((a, b) => newestFirst(a.report, b.report) || a.meeting.localeCompare(b.meeting));
      return [code, { ...entry, spelling }];
    }),
  );
}

/** What each person is quoted as saying, grouped by report (newest first) and meeting. */
function people(articles: readonly Article[], aliases: ReadonlyMap<string, string>): Map<string, PersonData> {
  const out = new Map<string, PersonData>();
  for (const article of [...articles].sort(newestFirst)) {
    const summary = summaryOf(article);
    for (const person of article.people) {
      const entry: PersonData = out.get(person.id) ?? { ...personRef(person), spellings: [], aliases: [], reports: [] };
      for (const spelling of person.spellings) if (!entry.spellings.includes(spelling)) entry.spellings.push(spelling);
      // The name as the gazetteer or the newest report with an English name gives it.
      if (!entry.name.en && person.name.en) entry.name = person.name;
      const said = article.sentences.filter((s) => s.speaker === person.id);
      const groups: PersonData['reports'][number]['groups'] = [];
      for (const sentence of said) {
        const last = groups[groups.length - 1];
        const text = { hi: sentence.text.hi, ...(sentence.text.en ? { en: sentence.text.en } : {}) };
        if (last && last.meeting === sentence.meeting) last.sentences.push({ id: sentence.id, text });
        else groups.push({ meeting: sentence.meeting, sentences: [{ id: sentence.id, text }] });
      }
      entry.reports.push({ report: summary, office: person.title.office, groups });
      // The office of the newest report that gives one.
      if (!entry.office && person.title.office) entry.office = person.title.office;
      out.set(person.id, entry);
    }
  }
  for (const [alias, id] of aliases) out.get(id)?.aliases.push(alias);
  return out;
}

export function siteData(input: readonly Article[]): Map<string, string> {
  const { articles, aliases } = unifyPeople(input);
  const files = new Map<string, string>();
  const summaries = articles.map(summaryOf).sort(newestFirst);
  const byCountry = countries(articles);
  const byPerson = people(articles, aliases);

  for (const article of articles) files.set(dataPaths.report(article.id), json(article));
  const years = new Map<string, ReportSummary[]>();
  for (const summary of summaries) years.set(summary.date.slice(0, 4), [...(years.get(summary.date.slice(0, 4)) ?? []), summary]);
  for (const [year, reports] of years) files.set(dataPaths.year(year), json({ year, reports } satisfies YearData));
  const counts: CountryCount[] = [...byCountry.values()].map(({ code, meetings, spelling }) => ({ code, meetings, spelling })).sort((a, b) => b.meetings - a.meetings || a.code.localeCompare(b.code));
  const front: FrontData = {
    total: summaries.length,
    meetings: articles.reduce((n, a) => n + a.meetings.length, 0),
    newest: summaries.slice(0, FRONT_SIZE),
    years: [...years].map(([year, reports]) => ({ year, reports: reports.length })),
    countries: counts,
  };
  files.set(dataPaths.front(), json(front));
  files.set(dataPaths.summaries(), json(summaries));
  for (const [code, data] of byCountry) files.set(dataPaths.country(code), json(data));
  for (const [id, data] of byPerson) files.set(dataPaths.person(id), json(data));
  for (const [alias, id] of aliases) files.set(dataPaths.person(alias), json({ redirect: id } satisfies PersonRedirect));
  const index: PeopleIndex = [...byPerson.values()].map(({ id, name, office, country, reports }) => ({ id, name, office, country, reports: reports.length }));
  files.set(dataPaths.people(), json(index.sort((a, b) => b.reports - a.reports || a.id.localeCompare(b.id))));
  files.set(dataPaths.statements(), statementsCsv(articles));
  return files;
}
