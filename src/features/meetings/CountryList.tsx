import { Link } from 'react-router';
import type { Article } from '../../schema/article.ts';
import type { Lang } from '../../shared/lang.ts';
import { articleCountryName, personName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';
import { indexArticle } from '../article/lookup.ts';
import { visitorMark } from '../map/marks.ts';

interface CountryListProps {
  article: Article;
  lang: Lang;
  selected: string | null;
  labelledBy: string;
}

/** The visiting countries as plain links, so nobody depends on the map. */
export function CountryList({ article, lang, selected, labelledBy }: CountryListProps) {
  const index = indexArticle(article);
  return (
    <ul className="country-list" aria-labelledby={labelledBy}>
      {article.meetings.map((meeting, position) => (
        <li key={meeting.id} data-mark={visitorMark(position).colour}>
          <Link to={paths.meeting(lang, article.id, meeting.id)} aria-current={meeting.id === selected ? 'page' : undefined}>
            <span className="country-list-name">{articleCountryName(article, meeting.country, lang)}</span>{' '}
            <span className="country-list-person" lang={personName(index.person(meeting.visitor), lang, true).lang}>
              {personName(index.person(meeting.visitor), lang, true).text}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
