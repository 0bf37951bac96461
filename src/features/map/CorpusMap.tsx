import 'leaflet/dist/leaflet.css';
import './map.css';
import { useMemo } from 'react';
import { MapContainer } from 'react-leaflet';
import { binOf, meetingBins } from './bins.ts';
import { CorpusCountry } from './CorpusCountry.tsx';
import { CorpusKey } from './CorpusKey.tsx';
import { bboxToBounds } from './geometry.ts';
import { Land } from './Land.tsx';
import { useStages } from './use-stages.ts';
import { MapControls, type MapControlsLabels } from './MapControls.tsx';
import type { Basemap, Bbox, Lang } from './types.ts';
import { atlasView, countryBox, indexByCode } from './view.ts';

export type CorpusMapCountry = { code: string; name: string; meetings: number; href: string };

export type CorpusMapLabels = MapControlsLabels & {
  /** Title of the key, e.g. "Meetings". */
  legendTitle: string;
  /** A country's accessible name and tooltip: "<name>: <n> meetings", in the page's language. */
  countryMeetings: (name: string, meetings: number) => string;
};

export type CorpusMapProps = {
  lang: Lang;
  basemap: Basemap;
  /** Every country met in any report; the others are background land. */
  countries: ReadonlyArray<CorpusMapCountry>;
  onSelect: (code: string) => void;
  labels: CorpusMapLabels;
  /** False when the page shows the key itself (CorpusKey), so it is there before the map loads. */
  legend?: boolean;
};

/** Every country of every report, shaded by its number of meetings; each opens its page. */
export function CorpusMap({ lang, basemap, countries, onSelect, labels, legend = true }: CorpusMapProps) {
  const features = useMemo(() => indexByCode(basemap), [basemap]);
  const listedKey = countries.map((country) => country.code.toUpperCase()).join(' ');
  const land = useMemo(() => {
    const listed = new Set(listedKey.split(' '));
    return basemap.features.filter((feature) => !listed.has(feature.properties.code.toUpperCase()));
  }, [basemap, listedKey]);
  const boxes = countries.map((country) => countryBox(features, country.code)).filter((box): box is Bbox => box !== null);
  const { centre, overview, focus } = atlasView(boxes);
  const bins = meetingBins(Math.max(0, ...countries.map((country) => country.meetings)));
  // Made in steps, each a task of its own: the map itself, its controls, the countries, the land under them.
  const stage = useStages(3);
  return (
    <div className="bhent-map" lang={lang}>
      <MapContainer className="bhent-map__canvas" bounds={bboxToBounds(focus)} maxBoundsViscosity={1} minZoom={1} maxZoom={7} zoomSnap={0} zoomDelta={0.5} scrollWheelZoom={false} zoomControl={false}>
        {stage >= 1 && <MapControls labels={labels} centre={centre} focus={focus} />}
        {stage >= 3 && <Land features={land} centre={centre} />}
        {stage >= 2 &&
          countries.map((country) => {
          const feature = features.get(country.code.toUpperCase());
          return (
            feature && (
              <CorpusCountry
                key={country.code}
                feature={feature}
                centre={centre}
                overview={overview}
                name={labels.countryMeetings(country.name, country.meetings)}
                shade={binOf(bins, country.meetings).shade}
                href={country.href}
                onActivate={() => onSelect(country.code)}
              />
            )
          );
        })}
      </MapContainer>
      {legend && <CorpusKey lang={lang} bins={bins} title={labels.legendTitle} />}
    </div>
  );
}
