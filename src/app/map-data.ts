import type { MeetingsMapProps } from '../features/map/index.ts';
import { indexArticle } from '../features/article/lookup.ts';
import type { Article } from '../schema/article.ts';
import type { Lang } from '../shared/lang.ts';
import { articleCountryName, placeName } from '../shared/names.ts';

/** What the map and its key show of an article, named in `lang`: the one adapter between them. */
export function mapData(article: Article, lang: Lang): Pick<MeetingsMapProps, 'host' | 'venue' | 'visitors'> {
  const index = indexArticle(article);
  const venue = article.venue ? index.place(article.venue) : null;
  const host = article.countries.find((c) => c.role === 'host')!;
  const visitors = article.meetings.map((m) => {
    const capitalId = article.countries.find((c) => c.code === m.country)?.capital;
    const capital = capitalId ? index.place(capitalId) : null;
    const name = capital && placeName(capital, lang);
    return {
      code: m.country,
      meetingId: m.id,
      name: articleCountryName(article, m.country, lang),
      capital: capital && name ? { name: name.text, lang: name.lang, lat: capital.lat, lon: capital.lon } : null,
    };
  });
  return {
    host: { code: host.code, name: articleCountryName(article, host.code, lang) },
    venue: venue && { name: placeName(venue, lang).text, lat: venue.lat, lon: venue.lon },
    visitors,
  };
}
