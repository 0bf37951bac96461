import type { MeetingsMapProps } from '../features/map/index.ts';
import { indexArticle } from '../features/article/lookup.ts';
import type { Article } from '../schema/article.ts';
import type { Lang } from '../shared/lang.ts';
import { articleCountryName } from '../shared/names.ts';

/** What the map and its key show of an article, named in `lang`: the one adapter between them. */
export function mapData(article: Article, lang: Lang): Pick<MeetingsMapProps, 'host' | 'venue' | 'visitors'> {
  const index = indexArticle(article);
  const venue = index.place(article.venue);
  const host = article.countries.find((c) => c.role === 'host')!;
  const visitors = article.meetings.map((m) => {
    const capital = index.place(article.countries.find((c) => c.code === m.country)!.capital);
    return {
      code: m.country,
      meetingId: m.id,
      name: articleCountryName(article, m.country, lang),
      capital: { name: capital.name[lang], lat: capital.lat, lon: capital.lon },
    };
  });
  return {
    host: { code: host.code, name: articleCountryName(article, host.code, lang) },
    venue: { name: venue.name[lang], lat: venue.lat, lon: venue.lon },
    visitors,
  };
}
