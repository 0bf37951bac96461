import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** The part of Leaflet's map state that outlives `remove()`: a zoom transition's end is a timer. */
type ZoomAnimationState = { _animatingZoom?: boolean };

/**
 * A zoom that animates ends on a timer Leaflet does not clear when the map is
 * removed; if the reader leaves the page mid-zoom, that timer moves panes that
 * are gone and throws. When the map unloads, the transition is marked over,
 * so the timer finds nothing to finish.
 */
export function SettleOnRemove() {
  const map = useMap();
  useEffect(
    function settleOnUnload() {
      const settle = () => {
        (map as LeafletMap & ZoomAnimationState)._animatingZoom = false;
      };
      // Not taken off in a cleanup: the map may be removed after this
      // component's effects are cleaned up, and a removed map fires nothing more.
      map.once('unload', settle);
    },
    [map],
  );
  return null;
}
