import 'leaflet/dist/leaflet.css';
import './map.css';
import { Fragment, useId, useMemo } from 'react';
import { MapContainer } from 'react-leaflet';
import { CapitalRoute } from './CapitalRoute.tsx';
import { CounterpartPatterns } from './CounterpartPatterns.tsx';
import { CounterpartPin } from './CounterpartPin.tsx';
import { CounterpartShape } from './CounterpartShape.tsx';
import { bboxToBounds, isSpeck, labelPoint } from './geometry.ts';
import { HostMarks, type HostMark } from './HostMarks.tsx';
import { Land } from './Land.tsx';
import { MapControls, type MapControlsLabels } from './MapControls.tsx';
import { MapKey } from './MapKey.tsx';
import { counterpartMark, patternId } from './marks.ts';
import { OwnCountry } from './OwnCountry.tsx';
import type { Basemap, Lang, MapCounterpart, MapJourney, MapKeyLabels, MapOwn, MapVenue } from './types.ts';
import { useStages } from './use-stages.ts';
import { VenueMarker } from './VenueMarker.tsx';
import { countryAt, indexByCode, pointInWorld, reportView } from './view.ts';

export type MeetingsMapLabels = MapControlsLabels & MapKeyLabels;

export type MeetingsMapProps = {
  lang: Lang;
  basemap: Basemap;
  own: MapOwn;
  counterparts: ReadonlyArray<MapCounterpart>;
  /** Upper-case codes of the countries whose leader hosted a meeting, where established. */
  hosts: readonly string[];
  venues: readonly MapVenue[];
  journeys: readonly MapJourney[];
  selected: string | null;
  hrefFor: (meetingId: string) => string;
  onSelect: (meetingId: string) => void;
  labels: MeetingsMapLabels;
  /** False when the page shows the key itself (see MapKey), so it is there before the map loads. */
  legend?: boolean;
};

/**
 * One report's map: its own side, each country met by its position's mark,
 * the hosts where established, the venues, and the journeys from the
 * capitals of the participants who came from abroad.
 */
export function MeetingsMap({ lang, basemap, own, counterparts, hosts, venues, journeys, selected, hrefFor, onSelect, labels, legend = true }: MeetingsMapProps) {
  const idPrefix = `bhent-map${useId().replace(/[^\w-]/g, '')}`;
  const features = useMemo(() => indexByCode(basemap), [basemap]);
  const ownCode = own.code.toUpperCase();
  const featuredKey = [ownCode, ...counterparts.map((counterpart) => counterpart.code.toUpperCase())].join(' ');
  const land = useMemo(() => {
    const featured = new Set(featuredKey.split(' '));
    return basemap.features.filter((feature) => !featured.has(feature.properties.code.toUpperCase()));
  }, [basemap, featuredKey]);
  const ownFeature = features.get(ownCode);
  const { centre, overview, focus } = reportView({ features, ownCode, venues, counterparts, selected });
  const places = venues.map((venue) => ({ venue, at: pointInWorld(venue, centre) }));
  const drawn = counterparts.map((counterpart, index) => {
    const feature = features.get(counterpart.code.toUpperCase());
    // A speck, or a country with no shape, is pinned at its capital where known.
    const speck = !feature || isSpeck(feature.geometry, overview);
    const label = feature && labelPoint(feature.geometry);
    const at = counterpart.capital ?? (label && { lat: label[0], lon: label[1] });
    return { counterpart, feature, speck, pin: speck && at ? pointInWorld(at, centre) : null, mark: counterpartMark(index) };
  });
  const hostMarks = hosts.flatMap((code): HostMark[] => {
    const upper = code.toUpperCase();
    const pin = drawn.find(({ counterpart }) => counterpart.code.toUpperCase() === upper)?.pin;
    if (pin) return [{ code: upper, feature: null, pin }];
    const feature = features.get(upper);
    return feature ? [{ code: upper, feature, pin: null }] : [];
  });
  // A leader who met at home made no journey: only a capital outside the venue's country starts one.
  const participants = [ownCode, ...counterparts.map((counterpart) => counterpart.code)];
  const shownJourneys = journeys.filter((journey) => {
    const venue = venues.find((v) => v.id === journey.venue);
    return venue && countryAt(features, venue, participants) !== journey.code.toUpperCase();
  });
  // The own country's label and the venues' lean apart, so a venue inside a small country does not cover its name.
  const venueAbove = (venue: MapVenue) => !ownFeature || venue.lat >= labelPoint(ownFeature.geometry)[0];
  // Made in steps, each a task of its own: the map itself, its controls, the countries that take input, routes and the venue, the land under them.
  const stage = useStages(4);
  return (
    <div className="bhent-map" lang={lang}>
      <CounterpartPatterns idPrefix={idPrefix} count={counterparts.length} />
      <MapContainer className="bhent-map__canvas" bounds={bboxToBounds(focus)} maxBoundsViscosity={1} minZoom={1} maxZoom={7} zoomSnap={0} zoomDelta={0.5} scrollWheelZoom={false} zoomControl={false}>
        {stage >= 1 && <MapControls labels={labels} centre={centre} focus={focus} />}
        {stage >= 4 && <Land features={land} centre={centre} />}
        {stage >= 2 && ownFeature && <OwnCountry feature={ownFeature} centre={centre} name={own.name} labelSide={places[0] && venueAbove(places[0].venue) ? 'bottom' : 'top'} />}
        {stage >= 2 &&
          drawn.map(({ counterpart, feature, speck, pin, mark }) => {
            const link = { counterpart, href: hrefFor(counterpart.meetingId), fill: `url(#${patternId(idPrefix, mark)})`, mark, selected: counterpart.meetingId === selected, onSelect };
            return (
              <Fragment key={counterpart.meetingId}>
                {/* Leaflet fixes whether a path takes input when it is made: a change of role makes a new one. */}
                {feature && <CounterpartShape key={speck ? 'seen' : 'link'} feature={feature} centre={centre} link={!speck} {...link} />}
                {pin && <CounterpartPin at={[pin.lat, pin.lon]} {...link} />}
              </Fragment>
            );
          })}
        {stage >= 2 && hostMarks.length > 0 && <HostMarks marks={hostMarks} centre={centre} />}
        {stage >= 3 &&
          counterparts.map(
            (counterpart) =>
              counterpart.capital &&
              !shownJourneys.some((journey) => journey.code === counterpart.code) && (
                <CapitalRoute key={counterpart.meetingId} from={pointInWorld(counterpart.capital, centre)} to={null} selected={counterpart.meetingId === selected} />
              ),
          )}
        {stage >= 3 &&
          shownJourneys.map((journey) => {
            const place = places.find(({ venue }) => venue.id === journey.venue)!;
            return <CapitalRoute key={`${journey.code} ${journey.venue}`} from={pointInWorld(journey.from, centre)} to={place.at} selected={selected !== null && journey.meetings.includes(selected)} />;
          })}
        {stage >= 3 &&
          places.map(({ venue, at }) => <VenueMarker key={venue.id} text={venue.text} lang={venue.lang} lat={at.lat} lon={at.lon} labelSide={venueAbove(venue) ? 'top' : 'bottom'} />)}
      </MapContainer>
      {legend && <MapKey lang={lang} counterparts={counterparts} hosts={hosts} venues={venues} journeys={shownJourneys} labels={labels} patternsOf={idPrefix} />}
    </div>
  );
}
