import { Link } from 'react-router';
import type { Article } from '../../schema/article.ts';
import { countryName } from '../../shared/intl.ts';
import type { Lang } from '../../shared/lang.ts';
import { paths } from '../../shared/paths.ts';
import { indexArticle } from '../article/lookup.ts';

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
      {article.meetings.map((meeting) => (
        <li key={meeting.id} data-country={meeting.id}>
          <Link to={paths.meeting(lang, meeting.id)} aria-current={meeting.id === selected ? 'page' : undefined}>
            <span className="country-list-name">{countryName(meeting.country, lang)}</span>
            <span className="country-list-person">{index.person(meeting.visitor).name[lang]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
