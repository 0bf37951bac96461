import type { MapCapital, MapCounterpart, MapJourney, MapOwn, MapVenue } from '../features/map/index.ts';
import { indexArticle } from '../features/article/lookup.ts';
import type { Article } from '../schema/article.ts';
import type { Lang } from '../shared/lang.ts';
import { articleCountryName, placeName } from '../shared/names.ts';

/** What a report's map and its key show, named in one language. */
export type MapData = {
  report: string;
  own: MapOwn;
  counterparts: MapCounterpart[];
  /** Upper-case codes of the countries whose leader hosted a meeting: only where the report or an editor establishes a host. */
  hosts: string[];
  /** Where meetings were held in person, where known; a call has no venue. */
  venues: MapVenue[];
  /** From each participant's capital to their meeting's venue, for those whose country is not the venue's. */
  journeys: MapJourney[];
};

/**
 * The one adapter between an article and its map: the page builds it once,
 * draws the key from it, and hands it to the lazy map chunk. Nothing is
 * inferred: a host is marked only where a meeting's host is a fact, a venue
 * only where it is known.
 */
export function mapData(article: Article, lang: Lang): MapData {
  const index = indexArticle(article);
  const capitalOf = (code: string): { id: string; capital: MapCapital } | null => {
    const id = article.countries.find((c) => c.code === code)?.capital;
    if (!id) return null;
    const place = index.place(id);
    const name = placeName(place, lang);
    return { id, capital: { name: name.text, lang: name.lang, lat: place.lat, lon: place.lon } };
  };
  const ownCode = index.person(article.protagonist).country;
  const counterparts = article.meetings.map((m): MapCounterpart => ({ code: m.country, meetingId: m.id, name: articleCountryName(article, m.country, lang), capital: capitalOf(m.country)?.capital ?? null }));
  const hosts = [...new Set(article.meetings.flatMap((m) => (m.host.value === null ? [] : [index.person(m.host.value).country])))];
  const venues = new Map<string, MapVenue>();
  const journeys = new Map<string, MapJourney & { meetings: string[] }>();
  for (const meeting of article.meetings) {
    if (meeting.remote || meeting.venue.value === null) continue;
    const place = index.place(meeting.venue.value);
    venues.set(place.id, { id: place.id, ...placeName(place, lang), lat: place.lat, lon: place.lon });
    for (const code of [ownCode, meeting.country]) {
      const start = capitalOf(code);
      // No journey within the venue's own country: whoever is at home did not travel.
      if (!start || start.id === place.id || code === place.country) continue;
      const key = `${code} ${place.id}`;
      const journey = journeys.get(key) ?? { code, from: { lat: start.capital.lat, lon: start.capital.lon }, venue: place.id, meetings: [] };
      journey.meetings.push(meeting.id);
      journeys.set(key, journey);
    }
  }
  return {
    report: article.id,
    own: { code: ownCode, name: articleCountryName(article, ownCode, lang), capital: capitalOf(ownCode)?.capital ?? null },
    counterparts,
    hosts,
    venues: [...venues.values()],
    journeys: [...journeys.values()],
  };
}

