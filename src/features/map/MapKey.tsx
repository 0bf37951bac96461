import type { Lang } from '../../shared/lang.ts';
import { CounterpartPatterns } from './CounterpartPatterns.tsx';
import { MapLegend } from './MapLegend.tsx';
import { counterpartMark } from './marks.ts';
import type { MapCounterpart, MapJourney, MapKeyLabels, MapVenue } from './types.ts';

export interface MapKeyProps {
  lang: Lang;
  counterparts: ReadonlyArray<Pick<MapCounterpart, 'meetingId' | 'name' | 'capital'>>;
  hosts: readonly string[];
  venues: readonly MapVenue[];
  journeys: readonly MapJourney[];
  labels: MapKeyLabels;
  /** The map's own pattern ids, when the key sits inside the map; else the key draws its own. */
  patternsOf?: string;
}

/**
 * The map's key on its own, without Leaflet: the page renders it with the
 * text, so it is there (and takes its space) before the map has loaded.
 * Import it from this file, not from index.ts, to keep Leaflet out.
 */
export function MapKey({ lang, counterparts, hosts, venues, journeys, labels, patternsOf }: MapKeyProps) {
  const idPrefix = patternsOf ?? 'bhent-map-key';
  const capitals = counterparts.some((counterpart) => counterpart.capital);
  return (
    <div className="bhent-map" lang={lang}>
      {!patternsOf && <CounterpartPatterns idPrefix={idPrefix} count={counterparts.length} />}
      <MapLegend
        idPrefix={idPrefix}
        labels={labels}
        shows={{ host: hosts.length > 0, venue: venues.length > 0, routes: journeys.length > 0, capitals }}
        counterparts={counterparts.map((counterpart, index) => ({ key: counterpart.meetingId, name: counterpart.name, mark: counterpartMark(index) }))}
      />
    </div>
  );
}
