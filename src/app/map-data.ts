import type { MapVenue, MapVisitor } from '../features/map/index.ts';
import { indexArticle } from '../features/article/lookup.ts';
import type { Article } from '../schema/article.ts';
import type { Lang } from '../shared/lang.ts';
import { articleCountryName, placeName } from '../shared/names.ts';

/** What a report's map and its key show, named in one language. */
export type MapData = {
  report: string;
  host: { code: string; name: string };
  venue: MapVenue;
  visitors: MapVisitor[];
};

/**
 * The one adapter between an article and its map: the page builds it once,
 * draws the key from it, and hands it to the lazy map chunk.
 */
export function mapData(article: Article, lang: Lang): MapData {
  const index = indexArticle(article);
  const venuePlace = article.venue ? index.place(article.venue) : undefined;
  const hostCode = article.countries.find((c) => c.role === 'host')?.code ?? '';
  const visitors = article.meetings.map((m): MapVisitor => {
    const capitalId = article.countries.find((c) => c.code === m.country)?.capital;
    const capital = capitalId ? index.place(capitalId) : undefined;
    const name = capital && placeName(capital, lang);
    return {
      code: m.country,
      meetingId: m.id,
      name: articleCountryName(article, m.country, lang),
      capital: capital && name ? { name: name.text, lang: name.lang, lat: capital.lat, lon: capital.lon } : null,
    };
  });
  return {
    report: article.id,
    host: { code: hostCode, name: hostCode ? articleCountryName(article, hostCode, lang) : '' },
    venue: venuePlace ? { ...placeName(venuePlace, lang), lat: venuePlace.lat, lon: venuePlace.lon } : null,
    visitors,
  };
}

