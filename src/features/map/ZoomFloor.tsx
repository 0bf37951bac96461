import type { LatLngBoundsLiteral } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Keeps the minimum zoom at the level where the region fills the map, so
 * together with maxBounds nothing outside the region can come into view.
 */
export function ZoomFloor({ region }: { region: LatLngBoundsLiteral }) {
  const map = useMap();

  useEffect(
    function keepRegionFilled() {
      const update = () => {
        const size = map.getSize();
        if (size.x === 0 || size.y === 0) return;
        map.setMinZoom(map.getBoundsZoom(region, true));
      };
      update();
      map.on('resize', update);
      return () => {
        map.off('resize', update);
      };
    },
    [map, region],
  );

  return null;
}
