import type { FrontData, ReportSummary } from '../schema/site.ts';

/** What the front page lists: the newest reports, or every one the filters in its query keep. */
export interface HomeData {
  front: FrontData;
  /** Null without filters: the newest reports are the list. */
  matching: ReportSummary[] | null;
}
