export { MeetingsMap } from './MeetingsMap.tsx';
export type { MeetingsMapLabels, MeetingsMapProps, MeetingsMapVisitor } from './MeetingsMap.tsx';
export { REGION, bboxToBounds, regionBounds } from './region.ts';
export { featureBounds, geometryBbox, labelPoint } from './geometry.ts';
export { indexByCode, viewBbox } from './view.ts';
export type { Basemap, BasemapFeature, BasemapGeometry, BasemapProperties, Bbox, Lang } from './types.ts';
