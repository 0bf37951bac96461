import type { Lang } from '../../shared/lang.ts';
import { ReportCard, type ReportCardData } from './ReportCard.tsx';

/** Reports, newest first, each a card. */
export function ReportList({ reports, lang, labelledBy }: { reports: readonly ReportCardData[]; lang: Lang; labelledBy: string }) {
  return (
    <ol className="report-list" aria-labelledby={labelledBy}>
      {reports.map((report) => (
        <li key={report.id}>
          <ReportCard report={report} lang={lang} />
        </li>
      ))}
    </ol>
  );
}
