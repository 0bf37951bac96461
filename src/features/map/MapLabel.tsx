import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Names the map container, which Leaflet makes a tab stop, as a landmark. */
export function MapLabel({ label }: { label: string }) {
  const map = useMap();

  useEffect(
    function nameTheMap() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', label);
    },
    [map, label],
  );

  return null;
}
