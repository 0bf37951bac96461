import { useRouteLoaderData } from 'react-router';
import type { Article } from '../../schema/article.ts';

export const LANG_ROUTE_ID = 'lang';

/** The article the language route loaded. */
export function useArticle(): Article {
  const article = useRouteLoaderData(LANG_ROUTE_ID) as Article | undefined;
  if (!article) throw new Error('useArticle() can only be used below the /:lang route, which loads the article.');
  return article;
}
