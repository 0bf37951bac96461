import type { CircleMarker as LeafletCircleMarker, LatLngTuple, Polygon as LeafletPolygon, PathOptions } from 'leaflet';
import { useMemo, useRef } from 'react';
import { CircleMarker, Polygon, Tooltip } from 'react-leaflet';
import { wrapGeometry } from './antimeridian.ts';
import { isSpeck, labelPoint, toLatLngs } from './geometry.ts';
import { useLinkLayer, type LinkLayerOptions } from './link-layer.ts';
import type { BasemapFeature, Bbox } from './types.ts';
import { pointInWorld } from './view.ts';

export type CorpusCountryProps = {
  feature: BasemapFeature;
  /** The middle of the world the map shows (view.ts). */
  centre: number;
  /** Everything the map frames: a country small against it gets a pin (geometry.ts). */
  overview: Bbox;
  /** "<country>: <n> meetings": the accessible name and the tooltip. */
  name: string;
  shade: number;
  href: string;
  onActivate: () => void;
};

const SHAPE_STYLE: PathOptions = { weight: 1, fillOpacity: 1 };
const PIN_STYLE: PathOptions = { weight: 2, fillOpacity: 1 };

type LinkProps = { link: LinkLayerOptions; className: string };

function Shape({ positions, anchor, link, className }: LinkProps & { positions: LatLngTuple[][][]; anchor: LatLngTuple }) {
  const layerRef = useRef<LeafletPolygon>(null);
  const enabled = link.enabled ?? true;
  useLinkLayer(layerRef, link);
  return (
    <Polygon ref={layerRef} positions={positions} interactive={enabled} className={className} pathOptions={SHAPE_STYLE}>
      {enabled && (
        <Tooltip direction="top" position={anchor} opacity={1} className="bhent-map__tooltip">
          {link.name}
        </Tooltip>
      )}
    </Polygon>
  );
}

function Pin({ at, link, className }: LinkProps & { at: LatLngTuple }) {
  const layerRef = useRef<LeafletCircleMarker>(null);
  useLinkLayer(layerRef, link);
  return (
    <CircleMarker ref={layerRef} center={at} radius={7} className={className} pathOptions={PIN_STYLE}>
      <Tooltip direction="top" opacity={1} className="bhent-map__tooltip">
        {link.name}
      </Tooltip>
    </CircleMarker>
  );
}

/** A country of the corpus, shaded by its number of meetings, as a link to its page; a speck gets a disc as its link. */
export function CorpusCountry({ feature, centre, overview, name, shade, href, onActivate }: CorpusCountryProps) {
  const geometry = useMemo(() => wrapGeometry(feature.geometry, centre), [feature, centre]);
  const positions = useMemo(() => toLatLngs(geometry), [geometry]);
  const anchor = useMemo(() => labelPoint(geometry), [geometry]);
  const link = { name, href, selected: false, onActivate };
  const className = `bhent-map__listed bhent-map__bin--${shade}`;
  const speck = isSpeck(feature.geometry, overview);
  const { lat, lon } = pointInWorld({ lat: anchor[0], lon: anchor[1] }, centre);
  return (
    <>
      {/* Leaflet fixes whether a path takes input when it is made: a change of role makes a new one. */}
      <Shape key={speck ? 'seen' : 'link'} positions={positions} anchor={anchor} link={{ ...link, enabled: !speck }} className={className} />
      {speck && <Pin at={[lat, lon]} link={link} className={className} />}
    </>
  );
}
