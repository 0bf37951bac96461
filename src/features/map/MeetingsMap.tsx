import 'leaflet/dist/leaflet.css';
import './map.css';
import { Fragment, useId, useMemo } from 'react';
import { MapContainer } from 'react-leaflet';
import { bboxToBounds, isSpeck, labelPoint } from './geometry.ts';
import { HostCountry } from './HostCountry.tsx';
import { Land } from './Land.tsx';
import { useStages } from './use-stages.ts';
import { MapControls, type MapControlsLabels } from './MapControls.tsx';
import { MapKey } from './MapKey.tsx';
import { patternId, visitorMark } from './marks.ts';
import type { Basemap, Lang, MapKeyLabels, MapVenue, MapVisitor } from './types.ts';
import { indexByCode, pointInWorld, reportView } from './view.ts';
import { VenueMarker } from './VenueMarker.tsx';
import { VisitorPatterns } from './VisitorPatterns.tsx';
import { VisitorPin } from './VisitorPin.tsx';
import { VisitorRoute } from './VisitorRoute.tsx';
import { VisitorShape } from './VisitorShape.tsx';

export type MeetingsMapLabels = MapControlsLabels & MapKeyLabels;

export type MeetingsMapProps = {
  lang: Lang;
  basemap: Basemap;
  host: { code: string; name: string };
  venue: MapVenue;
  visitors: ReadonlyArray<MapVisitor>;
  selected: string | null;
  hrefFor: (meetingId: string) => string;
  onSelect: (meetingId: string) => void;
  labels: MeetingsMapLabels;
  /** False when the page shows the key itself (see MapKey), so it is there before the map loads. */
  legend?: boolean;
};

/** One report's map: the host, each visitor by its position's mark, the capitals, the venue and the routes to it. */
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
  const { centre, overview, focus } = reportView({ features, hostCode, venue, visitors, selected });
  const place = venue && pointInWorld(venue, centre);
  // The host's and the venue's labels lean apart, so a venue inside a small host does not cover its name.
  const venueAbove = !hostFeature || !venue || venue.lat >= labelPoint(hostFeature.geometry)[0];
  // Made in steps, each a task of its own: the map itself, its controls, the countries that take input, routes and the venue, the land under them.
  const stage = useStages(4);
  return (
    <div className="bhent-map" lang={lang}>
      <VisitorPatterns idPrefix={idPrefix} count={visitors.length} />
      <MapContainer className="bhent-map__canvas" bounds={bboxToBounds(focus)} maxBoundsViscosity={1} minZoom={1} maxZoom={7} zoomSnap={0} zoomDelta={0.5} scrollWheelZoom={false} zoomControl={false}>
        {stage >= 1 && <MapControls labels={labels} centre={centre} focus={focus} />}
        {stage >= 4 && <Land features={land} centre={centre} />}
        {stage >= 2 && hostFeature && <HostCountry feature={hostFeature} centre={centre} name={host.name} labelSide={venueAbove ? 'bottom' : 'top'} />}
        {stage >= 2 &&
          visitors.map((visitor, index) => {
          const feature = features.get(visitor.code.toUpperCase());
          const mark = visitorMark(index);
          const link = { visitor, href: hrefFor(visitor.meetingId), fill: `url(#${patternId(idPrefix, mark)})`, mark, selected: visitor.meetingId === selected, onSelect };
          // A speck, or a country with no shape, is pinned at its capital where known.
          const speck = !feature || isSpeck(feature.geometry, overview);
          const label = feature && labelPoint(feature.geometry);
          const at = visitor.capital ?? (label && { lat: label[0], lon: label[1] });
          const pin = speck && at && pointInWorld(at, centre);
          return (
            <Fragment key={visitor.meetingId}>
              {/* Leaflet fixes whether a path takes input when it is made: a change of role makes a new one. */}
              {feature && <VisitorShape key={speck ? 'seen' : 'link'} feature={feature} centre={centre} link={!speck} {...link} />}
              {pin && <VisitorPin at={[pin.lat, pin.lon]} {...link} />}
            </Fragment>
          );
        })}
        {stage >= 3 &&
          visitors.map(
          (visitor) =>
            visitor.capital && (
              <VisitorRoute key={visitor.meetingId} from={pointInWorld(visitor.capital, centre)} to={place} selected={visitor.meetingId === selected} />
            ),
        )}
        {stage >= 3 && venue && place && <VenueMarker text={venue.text} lang={venue.lang} lat={place.lat} lon={place.lon} labelSide={venueAbove ? 'top' : 'bottom'} />}
      </MapContainer>
      {legend && <MapKey lang={lang} visitors={visitors} venue={venue} labels={labels} patternsOf={idPrefix} />}
    </div>
  );
}
