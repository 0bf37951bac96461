import type { FitBoundsOptions, LatLngBoundsLiteral, Map as LeafletMap } from 'leaflet';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from '../../shared/motion.ts';

/** Closer than this the 1:110m outlines look coarse; the user may still zoom in further. */
const FIT_MAX_ZOOM = 5.5;

/**
 * Padding that scales with the map, so small screens do not lose most of the
 * view to it, and keeps what is framed clear of the credit in the corner.
 */
export function fitOptions(map: LeafletMap): FitBoundsOptions {
  const { x, y } = map.getSize();
  const padding = Math.max(8, Math.round(Math.min(x, y) * 0.05));
  const credit = map.attributionControl?.getContainer()?.offsetHeight ?? 0;
  return { paddingTopLeft: [padding, padding], paddingBottomRight: [padding, padding + credit], maxZoom: FIT_MAX_ZOOM };
}

export type FitSelectionProps = {
  /** What to show; the camera moves only when this key changes. */
  selectionKey: string;
  bounds: LatLngBoundsLiteral;
};

export function FitSelection({ selectionKey, bounds }: FitSelectionProps) {
  const map = useMap();
  const shownKey = useRef<string | null>(null);

  const moveCamera = useEffectEvent((animate: boolean) => {
    // Leaflet's own zoom and pan animations move the drawn map as one picture,
    // which the browser composites; a flight redraws every shape at each frame.
    map.fitBounds(bounds, { ...fitOptions(map), animate: animate && !prefersReducedMotion() });
  });

  useEffect(
    function fitSelection() {
      if (shownKey.current === selectionKey) return;
      const first = shownKey.current === null;
      shownKey.current = selectionKey;
      // The first view appears in place.
      if (first) return moveCamera(false);
      // Later selections travel there once what was chosen has been shown.
      let timer: number | undefined;
      const frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => moveCamera(true));
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    },
    [selectionKey],
  );

  return null;
}
