/**
 * The data files of the site beyond each report's article, as the build
 * writes them under `data/` (see `dataPaths` in src/shared/paths.ts) and the
 * pages read them. Each page fetches only its own file, so what a first
 * visit costs does not grow with the number of reports.
 */
import type { Article, EncounterKind, RemoteMedium } from './article.ts';

type Names = { hi: string; en?: string };

/** A person as lists and links name them: the office is the one the report gives (null where it gives none). */
export interface PersonRef {
  id: string;
  name: Names;
  office: { hi: string; en: string } | null;
  country: string;
}

/** One meeting as lists show it: who met the protagonist, how, when and who hosted, as the article's facts have them. */
export interface MeetingSummary {
  id: string;
  country: string;
  counterparts: PersonRef[];
  kind: EncounterKind;
  /** How leaders spoke who did not meet in person. */
  remote: RemoteMedium | null;
  /** The host's person id, where established. */
  host: string | null;
  /** The day it was held, where the text gives it. */
  held: string | null;
}

/** What a list shows of one report without loading it. */
export interface ReportSummary {
  id: string;
  date: string;
  /** Written for the site; null when the report has none yet (the page builds one from the data). */
  headline: Article['headline'];
  /** Has the report its English translation? */
  translated: boolean;
  /** The report's own leader, who meets every counterpart. */
  protagonist: PersonRef;
  /** The place every meeting was held, where the report establishes one for all; a place may have only its English name (a capital from the dataset). */
  venue: { name: { hi?: string; en: string } } | null;
  meetings: MeetingSummary[];
  /** How the report spells each of its countries, by code. */
  spellings: Record<string, string>;
}

/** A country of the collection: how many meetings it takes part in, and how reports spell it. */
export interface CountryCount {
  code: string;
  meetings: number;
  /** The Hindi spelling the reports use most, or null when none names it. */
  spelling: string | null;
}

/** data/front.json: the newest reports and what the filters offer; its size does not grow with the collection. */
export interface FrontData {
  total: number;
  /** Meetings across every report. */
  meetings: number;
  newest: ReportSummary[];
  years: Array<{ year: string; reports: number }>;
  countries: CountryCount[];
}

/** data/years/<year>.json */
export interface YearData {
  year: string;
  reports: ReportSummary[];
}

/** data/countries/<code>.json: every meeting with the country, newest first. */
export interface CountryData extends CountryCount {
  entries: Array<{
    report: Pick<ReportSummary, 'id' | 'date' | 'headline' | 'translated' | 'protagonist' | 'venue' | 'meetings' | 'spellings'>;
    meeting: string;
    /** The country's side in that meeting: the report's own leader's, or the one met. */
    role: 'protagonist' | 'counterpart';
    /** Did the country's side host? Null where the report establishes no host. */
    hosted: boolean | null;
    /** Sentences attributed to a speaker in the meeting. */
    statements: number;
  }>;
}

/** data/people/<id>.json: everything a person is quoted as saying, by report and meeting, newest first. */
export interface PersonData extends PersonRef {
  /** Every spelling of the name across reports. */
  spellings: string[];
  /** Other ids the person has had; their addresses lead here. */
  aliases: string[];
  reports: Array<{
    report: Pick<ReportSummary, 'id' | 'date' | 'headline' | 'translated' | 'protagonist' | 'venue' | 'meetings' | 'spellings'>;
    /** The office this report gives the person. */
    office: PersonRef['office'];
    groups: Array<{
      /** Null for words the report sets in no meeting. */
      meeting: string | null;
      sentences: Array<{ id: string; text: Names }>;
    }>;
  }>;
}

/** data/people/<alias>.json: an address a person had before two spellings were found to be one. */
export interface PersonRedirect {
  redirect: string;
}

/** data/people.json: every person, for the front page's person filter. */
export type PeopleIndex = Array<PersonRef & { reports: number }>;
