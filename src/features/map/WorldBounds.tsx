import type { LatLngBoundsLiteral } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Mercator's own limit: the map never shows beyond it. */
const MAX_LATITUDE = 85;

/**
 * Keeps one world in view, centred on the report's countries so its seam
 * lies opposite them: the map can pan to every country once, and zoom out
 * until that world fills the map's width, not further.
 */
export function WorldBounds({ centre }: { centre: number }) {
  const map = useMap();

  useEffect(
    function keepOneWorld() {
      const world: LatLngBoundsLiteral = [
        [-MAX_LATITUDE, centre - 180],
        [MAX_LATITUDE, centre + 180],
      ];
      map.setMaxBounds(world);
      const update = () => {
        const size = map.getSize();
        if (size.x === 0 || size.y === 0) return;
        // Mercator's world is square: at this zoom it fills the map's longer side.
        const span = map.project([0, centre + 180], 0).x - map.project([0, centre - 180], 0).x;
        map.setMinZoom(map.getScaleZoom(Math.max(size.x, size.y) / span, 0));
      };
      update();
      map.on('resize', update);
      return () => {
        map.off('resize', update);
      };
    },
    [map, centre],
  );

  return null;
}
