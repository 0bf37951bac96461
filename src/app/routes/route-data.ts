import { useRouteLoaderData } from 'react-router';
import type { Article } from '../../schema/article.ts';

export const LANG_ROUTE_ID = 'lang';
export const REPORT_ROUTE_ID = 'report';

/** The report the route `/:lang/reports/:report` loaded. */
export function useReport(): Article {
  const article = useRouteLoaderData(REPORT_ROUTE_ID) as Article | undefined;
  if (!article) throw new Error('useReport() can only be used below /:lang/reports/:report, which loads the report.');
  return article;
}

/** The report of the page, if the page is one of a report's. */
export function useReportIfAny(): Article | undefined {
  return useRouteLoaderData(REPORT_ROUTE_ID) as Article | undefined;
}
