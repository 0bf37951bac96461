import { Component, Suspense, lazy, type ReactNode } from 'react';
import { useHydrated } from '../shared/use-hydrated.ts';
import { useNearViewport } from '../shared/use-near-viewport.ts';
import { useT } from '../shared/use-lang.ts';
import { MapKey } from '../features/map/MapKey.tsx';
import type { MapWithDataProps } from './map-chunk.tsx';
import { mapData } from './map-data.ts';

import { loadMap } from './load-map.ts';

const MapWithData = lazy(loadMap);

/**
 * The map's reserved space: a loading note until the chunk arrives, a
 * message if it never does. The map is asked for only after the page has
 * mounted, so prerendered HTML and the first browser render agree, and only
 * once its frame nears the viewport, so a phone reading from the top spends
 * nothing on it yet.
 */
export function MapSlot(props: MapWithDataProps) {
  const t = useT(props.lang);
  const mounted = useHydrated();
  const [frame, near] = useNearViewport<HTMLDivElement>();
  const loading = (
    <p className="map-status" role="status">
      {t('map.loading')}
    </p>
  );
  const { visitors } = mapData(props.article, props.lang);
  const keyLabels = {
    legendTitle: t('map.legendTitle'),
    legendVisitor: t('map.legendVisitor'),
    legendHost: t('map.legendHost'),
    legendVenue: t('map.legendVenue'),
    legendRoute: t('map.legendRoute'),
  };
  return (
    <>
      <div className="map-frame" ref={frame}>
        {mounted && near ? (
          <MapErrorBoundary fallback={<p className="map-status" role="alert">{t('map.failed')}</p>}>
            <Suspense fallback={loading}>
              <MapWithData {...props} />
            </Suspense>
          </MapErrorBoundary>
        ) : (
          loading
        )}
      </div>
      <MapKey lang={props.lang} visitors={visitors} labels={keyLabels} />
    </>
  );
}

class MapErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
