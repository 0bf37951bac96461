import { ZoomControl } from 'react-leaflet';
import { Credit } from './Credit.tsx';
import { FitSelection } from './FitSelection.tsx';
import { bboxToBounds } from './geometry.ts';
import { MapLabel } from './MapLabel.tsx';
import { SettleOnRemove } from './SettleOnRemove.tsx';
import type { Bbox } from './types.ts';
import { WorldBounds } from './WorldBounds.tsx';

export type MapControlsLabels = {
  /** The map's accessible name. */
  region: string;
  credit: string;
  /** Titles of the zoom buttons; Leaflet's English ones when absent. */
  zoomIn?: string;
  zoomOut?: string;
};

/** Leaflet copies undefined options over its defaults, so only pass titles that exist. */
function zoomTitles({ zoomIn, zoomOut }: MapControlsLabels) {
  return { ...(zoomIn ? { zoomInTitle: zoomIn } : {}), ...(zoomOut ? { zoomOutTitle: zoomOut } : {}) };
}

export type MapControlsProps = {
  labels: MapControlsLabels;
  /** The middle of the world the map shows (view.ts). */
  centre: number;
  /** What the camera frames. */
  focus: Bbox;
};

/** What every map of the site has around its countries: a name, the credit, zoom buttons, one world, the camera, and a clean removal. */
export function MapControls({ labels, centre, focus }: MapControlsProps) {
  return (
    <>
      <MapLabel label={labels.region} />
      <Credit text={labels.credit} />
      <ZoomControl key={`${labels.zoomIn}|${labels.zoomOut}`} position="topright" {...zoomTitles(labels)} />
      <WorldBounds centre={centre} />
      <SettleOnRemove />
      <FitSelection selectionKey={focus.map((degrees) => degrees.toFixed(3)).join(' ')} bounds={bboxToBounds(focus)} />
    </>
  );
}
