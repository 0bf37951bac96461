import { Link } from 'react-router';
import type { Article } from '../../schema/article.ts';
import type { Lang } from '../../shared/lang.ts';
import { ShortNames } from '../../shared/Name.tsx';
import { articleCountryName } from '../../shared/names.ts';
import { paths } from '../../shared/paths.ts';
import { indexArticle } from '../article/lookup.ts';
import { counterpartMark } from '../map/marks.ts';

interface CountryListProps {
  article: Article;
  lang: Lang;
  selected: string | null;
  labelledBy: string;
}

/** The countries met as plain links, each with who was met, so nobody depends on the map. */
export function CountryList({ article, lang, selected, labelledBy }: CountryListProps) {
  const index = indexArticle(article);
  return (
    <ul className="country-list" aria-labelledby={labelledBy}>
      {article.meetings.map((meeting, position) => (
        <li key={meeting.id} data-mark={counterpartMark(position).colour}>
          <Link to={paths.meeting(lang, article.id, meeting.id)} aria-current={meeting.id === selected ? 'page' : undefined}>
            <span className="country-list-name">{articleCountryName(article, meeting.country, lang)}</span>{' '}
            <span className="country-list-person">
              <ShortNames people={meeting.counterparts.map(index.person)} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
