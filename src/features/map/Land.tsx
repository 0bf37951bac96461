import type { PathOptions } from 'leaflet';
import { memo, useMemo } from 'react';
import { Pane, Polygon } from 'react-leaflet';
import { wrapGeometry } from './antimeridian.ts';
import { toLatLngs } from './geometry.ts';
import type { BasemapFeature } from './types.ts';
import { useStages } from './use-stages.ts';

const LAND_STYLE: PathOptions = { weight: 0.75, fillOpacity: 1 };
/** Into how many paths the background land is cut, each drawn in a task of its own. */
const LAND_PIECES = 4;
/** Below the countries' own pane (Leaflet's overlay pane is 400), so land drawn last still lies under them. */
const LAND_PANE_Z = 350;

/**
 * Every country that is not featured, drawn as a few paths in a pane under
 * the featured ones: they look alike, take no input and are never a tab stop;
 * a few paths cost a slow phone far less to draw than two hundred, and each
 * piece drawn in a task of its own keeps the page answering while the map is
 * made. The same land whatever is selected: drawn once.
 */
export const Land = memo(function Land({ features, centre }: { features: readonly BasemapFeature[]; centre: number }) {
  const pieces = useMemo(() => {
    const size = Math.ceil(features.length / LAND_PIECES);
    return Array.from({ length: Math.ceil(features.length / size) }, (_, i) => features.slice(i * size, (i + 1) * size));
  }, [features]);
  const shown = useStages(pieces.length);
  return (
    <Pane name="bhent-land" style={{ zIndex: LAND_PANE_Z }}>
      {pieces.slice(0, shown).map((piece, i) => (
        <LandPiece key={i} features={piece} centre={centre} />
      ))}
    </Pane>
  );
});

function LandPiece({ features, centre }: { features: readonly BasemapFeature[]; centre: number }) {
  const polygons = useMemo(() => features.flatMap((feature) => toLatLngs(wrapGeometry(feature.geometry, centre))), [features, centre]);
  return <Polygon positions={polygons} interactive={false} className="bhent-map__land" pathOptions={LAND_STYLE} />;
}
