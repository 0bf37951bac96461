import { Component, Suspense, type ReactNode } from 'react';
import type { Lang } from '../shared/lang.ts';
import { useHydrated } from '../shared/use-hydrated.ts';
import { useNearViewport } from '../shared/use-near-viewport.ts';
import { useT } from '../shared/use-lang.ts';

/**
 * A map's reserved space: a loading note until its chunk arrives, a message
 * if it never does. The map is asked for only after the page has mounted, so
 * prerendered HTML and the first browser render agree, and only once its
 * frame nears the viewport, so a phone reading from the top spends nothing
 * on it yet. `children` is the lazy map.
 */
export function LazyMapFrame({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = useT(lang);
  const mounted = useHydrated();
  const [frame, near] = useNearViewport<HTMLDivElement>();
  const loading = (
    <p className="map-status" role="status">
      {t('map.loading')}
    </p>
  );
  return (
    <div className="map-frame" ref={frame}>
      {mounted && near ? (
        <MapErrorBoundary fallback={<p className="map-status" role="alert">{t('map.failed')}</p>}>
          <Suspense fallback={loading}>{children}</Suspense>
        </MapErrorBoundary>
      ) : (
        loading
      )}
    </div>
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
