import { Component, Suspense, lazy, type ReactNode } from 'react';
import { useT } from '../shared/use-lang.ts';
import type { MapWithDataProps } from './map-chunk.tsx';

const MapWithData = lazy(() => import('./map-chunk.tsx'));

/** The map's reserved space: a loading note until the chunk arrives, a message if it never does. */
export function MapSlot(props: MapWithDataProps) {
  const t = useT(props.lang);
  return (
    <div className="map-frame">
      <MapErrorBoundary fallback={<p className="map-status" role="status">{t('map.failed')}</p>}>
        <Suspense fallback={<p className="map-status" role="status">{t('map.loading')}</p>}>
          <MapWithData {...props} />
        </Suspense>
      </MapErrorBoundary>
    </div>
  );
}

interface BoundaryProps {
  fallback: ReactNode;
  children: ReactNode;
}

class MapErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
