import type { Lang } from '../../shared/lang.ts';
import { MapLegend } from './MapLegend.tsx';
import { visitorMark } from './marks.ts';
import type { MapKeyLabels, MapVenue, MapVisitor } from './types.ts';
import { VisitorPatterns } from './VisitorPatterns.tsx';

export interface MapKeyProps {
  lang: Lang;
  visitors: ReadonlyArray<Pick<MapVisitor, 'meetingId' | 'name' | 'capital'>>;
  venue: MapVenue;
  labels: MapKeyLabels;
  /** The map's own pattern ids, when the key sits inside the map; else the key draws its own. */
  patternsOf?: string;
}

/**
 * The map's key on its own, without Leaflet: the page renders it with the
 * text, so it is there (and takes its space) before the map has loaded.
 * Import it from this file, not from index.ts, to keep Leaflet out.
 */
export function MapKey({ lang, visitors, venue, labels, patternsOf }: MapKeyProps) {
  const idPrefix = patternsOf ?? 'bhent-map-key';
  const capitals = visitors.some((visitor) => visitor.capital);
  return (
    <div className="bhent-map" lang={lang}>
      {!patternsOf && <VisitorPatterns idPrefix={idPrefix} count={visitors.length} />}
      <MapLegend
        idPrefix={idPrefix}
        labels={labels}
        shows={{ venue: venue !== null, routes: venue !== null && capitals, capitals }}
        visitors={visitors.map((visitor, index) => ({ key: visitor.meetingId, name: visitor.name, mark: visitorMark(index) }))}
      />
    </div>
  );
}
