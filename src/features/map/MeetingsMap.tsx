import 'leaflet/dist/leaflet.css';
import './map.css';
import { useId, useMemo } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import { Credit } from './Credit.tsx';
import { FitSelection } from './FitSelection.tsx';
import { HostCountry } from './HostCountry.tsx';
import { Land } from './Land.tsx';
import { MapLabel } from './MapLabel.tsx';
import { MapKey } from './MapKey.tsx';
import { patternId, visitorMark } from './marks.ts';
import { bboxToBounds, regionBounds } from './region.ts';
import type { Basemap, Lang } from './types.ts';
import { indexByCode, viewBbox, type LatLon } from './view.ts';
import { VenueMarker } from './VenueMarker.tsx';
import { VisitorPatterns } from './VisitorPatterns.tsx';
import { VisitorRoute } from './VisitorRoute.tsx';
import { VisitorShape } from './VisitorShape.tsx';
import { ZoomFloor } from './ZoomFloor.tsx';

export type MeetingsMapLabels = {
  region: string;
  legendTitle: string;
  legendVisitor: string;
  legendHost: string;
  legendVenue: string;
  legendRoute: string;
  credit: string;
  /** Titles of the zoom buttons; Leaflet's English ones when absent. */
  zoomIn?: string;
  zoomOut?: string;
};

/** A visiting country: its code finds its shape, `name` is what the map shows for it. */
/**
 * `capital` is null where no dataset knows it: the map then draws no route
 * for it. Its name may be in another language than the page (`lang`): a
 * capital the gazetteer does not list has only its English name.
 */
export type MeetingsMapVisitor = { code: string; meetingId: string; name: string; capital: (LatLon & { name: string; lang: Lang }) | null };

export type MeetingsMapProps = {
  lang: Lang;
  basemap: Basemap;
  host: { code: string; name: string };
  /** Null when the report names no venue the gazetteer knows. */
  venue: (LatLon & { name: string }) | null;
  visitors: ReadonlyArray<MeetingsMapVisitor>;
  selected: string | null;
  hrefFor: (meetingId: string) => string;
  onSelect: (meetingId: string) => void;
  labels: MeetingsMapLabels;
  /** False when the page shows the key itself (see MapKey), so it is there before the map loads. */
  legend?: boolean;
};

/** Leaflet copies undefined options over its defaults, so only pass titles that exist. */
function zoomTitles({ zoomIn, zoomOut }: MeetingsMapLabels) {
  return { ...(zoomIn ? { zoomInTitle: zoomIn } : {}), ...(zoomOut ? { zoomOutTitle: zoomOut } : {}) };
}

const REGION_BOUNDS = regionBounds();

export function MeetingsMap({ lang, basemap, host, venue, visitors, selected, hrefFor, onSelect, labels, legend = true }: MeetingsMapProps) {
  const idPrefix = `bhent-map${useId().replace(/[^\w-]/g, '')}`;
  const features = useMemo(() => indexByCode(basemap), [basemap]);
  const hostCode = host.code.toUpperCase();
  const featuredKey = [hostCode, ...visitors.map((visitor) => visitor.code.toUpperCase())].join(' ');
  const land = useMemo(() => {
    const featured = new Set(featuredKey.split(' '));
    return basemap.features.filter((feature) => !featured.has(feature.properties.code.toUpperCase()));
  }, [basemap, featuredKey]);
  const hostFeature = features.get(hostCode);
  const view = viewBbox({ features, hostCode, venue, visitors, selected });
  return (
    <div className="bhent-map" lang={lang}>
      <VisitorPatterns idPrefix={idPrefix} />
      <MapContainer
        className="bhent-map__canvas"
        bounds={bboxToBounds(view)}
        maxBounds={REGION_BOUNDS}
        maxBoundsViscosity={1}
        minZoom={2}
        maxZoom={7}
        zoomSnap={0}
        zoomDelta={0.5}
        scrollWheelZoom={false}
        zoomControl={false}
      >
        <MapLabel label={labels.region} />
        <Credit text={labels.credit} />
        <ZoomControl key={`${labels.zoomIn}|${labels.zoomOut}`} position="topright" {...zoomTitles(labels)} />
        <ZoomFloor region={REGION_BOUNDS} />
        <FitSelection selectionKey={selected ?? ''} bounds={bboxToBounds(view)} />
        <Land features={land} />
        {hostFeature && <HostCountry feature={hostFeature} name={host.name} />}
        {visitors.map((visitor, index) => {
          const feature = features.get(visitor.code.toUpperCase());
          const mark = visitorMark(index);
          return (
            feature && (
              <VisitorShape
                key={visitor.meetingId}
                feature={feature}
                meetingId={visitor.meetingId}
                name={visitor.name}
                capital={visitor.capital}
                href={hrefFor(visitor.meetingId)}
                fill={`url(#${patternId(idPrefix, mark)})`}
                dashArray={mark.dashArray}
                selected={visitor.meetingId === selected}
                onSelect={onSelect}
              />
            )
          );
        })}
        {venue &&
          visitors.map(
            (visitor) => visitor.capital && <VisitorRoute key={visitor.meetingId} from={visitor.capital} to={venue} selected={visitor.meetingId === selected} />,
          )}
        {venue && <VenueMarker name={venue.name} lat={venue.lat} lon={venue.lon} />}
      </MapContainer>
      {legend && <MapKey lang={lang} visitors={visitors} labels={labels} patternsOf={idPrefix} />}
    </div>
  );
}
