export { MeetingsMap } from './MeetingsMap.tsx';
export type { MeetingsMapLabels, MeetingsMapProps } from './MeetingsMap.tsx';
export { CorpusMap } from './CorpusMap.tsx';
export type { CorpusMapCountry, CorpusMapLabels, CorpusMapProps } from './CorpusMap.tsx';
export { decodeBasemap, decodeBasemapGradually } from './decode.ts';
export { bboxToBounds, frameBbox, geometryBbox, labelPoint } from './geometry.ts';
export { coverBoxes, frameView, indexByCode, reportView, WORLD } from './view.ts';
export type { MapView } from './view.ts';
export type {
  Basemap,
  BasemapFeature,
  BasemapGeometry,
  BasemapProperties,
  BasemapTopology,
  Bbox,
  Lang,
  LatLon,
  MapCapital,
  MapCounterpart,
  MapJourney,
  MapKeyLabels,
  MapOwn,
  MapVenue,
} from './types.ts';
