import type { Lang } from '../../shared/lang.ts';
import { MapLegend } from './MapLegend.tsx';
import { visitorMark } from './marks.ts';
import { VisitorPatterns } from './VisitorPatterns.tsx';

export interface MapKeyProps {
  lang: Lang;
  visitors: ReadonlyArray<{ meetingId: string; name: string }>;
  labels: { legendTitle: string; legendVisitor: string; legendHost: string; legendVenue: string; legendRoute: string };
  /** The map's own pattern ids, when the key sits inside the map; else the key draws its own. */
  patternsOf?: string;
}

/**
 * The map's key on its own, without Leaflet: the page renders it with the
 * text, so it is there (and takes its space) before the map has loaded.
 * Import it from this file, not from index.ts, to keep Leaflet out.
 */
export function MapKey({ lang, visitors, labels, patternsOf }: MapKeyProps) {
  const idPrefix = patternsOf ?? 'bhent-map-key';
  return (
    <div className="bhent-map" lang={lang}>
      {!patternsOf && <VisitorPatterns idPrefix={idPrefix} />}
      <MapLegend
        idPrefix={idPrefix}
        title={labels.legendTitle}
        visitorLabel={labels.legendVisitor}
        hostLabel={labels.legendHost}
        venueLabel={labels.legendVenue}
        routeLabel={labels.legendRoute}
        visitors={visitors.map((visitor, index) => ({ key: visitor.meetingId, name: visitor.name, mark: visitorMark(index) }))}
      />
    </div>
  );
}
