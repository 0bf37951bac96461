import type { LeafletKeyboardEvent, LeafletMouseEvent, Polygon as LeafletPolygon, PathOptions } from 'leaflet';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { Polygon, Tooltip } from 'react-leaflet';
import { labelPoint, toLatLngs } from './geometry.ts';
import type { BasemapFeature, Lang } from './types.ts';

export type VisitorShapeProps = {
  feature: BasemapFeature;
  meetingId: string;
  /** Country name in the current language; also the path's accessible name. */
  name: string;
  /** Null where the capital is not known. */
  capital: { name: string; lang: Lang } | null;
  href: string;
  fill: string;
  dashArray: string | undefined;
  selected: boolean;
  onSelect: (meetingId: string) => void;
};

/** Leaflet draws the path; this makes it behave like a link for keyboard and assistive tech. */
function describeAsLink(path: Element, name: string, selected: boolean) {
  path.setAttribute('tabindex', '0');
  path.setAttribute('role', 'link');
  path.setAttribute('aria-label', name);
  if (selected) path.setAttribute('aria-current', 'true');
  else path.removeAttribute('aria-current');
}

export function VisitorShape({ feature, meetingId, name, capital, href, fill, dashArray, selected, onSelect }: VisitorShapeProps) {
  const layerRef = useRef<LeafletPolygon>(null);
  const positions = useMemo(() => toLatLngs(feature.geometry), [feature]);
  const anchor = useMemo(() => labelPoint(feature.geometry), [feature]);
  const pathOptions = useMemo<PathOptions>(
    () => ({ fillColor: fill, fillOpacity: selected ? 1 : 0.7, weight: selected ? 3.5 : 1.5, dashArray }),
    [fill, selected, dashArray],
  );

  const activate = useEffectEvent((event: MouseEvent | KeyboardEvent) => {
    // A path cannot be a real <a>, so honour "open in new tab" here.
    if (event.ctrlKey || event.metaKey) window.open(href, '_blank', 'noopener');
    else onSelect(meetingId);
  });

  useEffect(function listenForActivation() {
    const layer = layerRef.current;
    if (!layer) return;
    const onClick = (event: LeafletMouseEvent) => activate(event.originalEvent);
    const onKeyDown = (event: LeafletKeyboardEvent) => {
      const { originalEvent } = event;
      if (originalEvent.key !== 'Enter' && originalEvent.key !== ' ') return;
      // Space would otherwise scroll the page.
      originalEvent.preventDefault();
      activate(originalEvent);
    };
    layer.on({ click: onClick, keydown: onKeyDown });
    return () => {
      layer.off({ click: onClick, keydown: onKeyDown });
    };
  }, []);

  useEffect(
    function describeForAssistiveTech() {
      const layer = layerRef.current;
      if (!layer) return;
      // Leaflet creates a fresh <path> every time the layer is (re)added.
      const describe = () => {
        const path = layer.getElement();
        if (path) describeAsLink(path, name, selected);
      };
      describe();
      layer.on('add', describe);
      return () => {
        layer.off('add', describe);
      };
    },
    [name, selected],
  );

  return (
    <Polygon ref={layerRef} positions={positions} className="bhent-map__visitor" pathOptions={pathOptions}>
      <Tooltip direction="top" position={anchor} opacity={1} className="bhent-map__tooltip">
        <span className="bhent-map__tooltip-name">{name}</span>
        {capital && (
          <span className="bhent-map__tooltip-detail" lang={capital.lang}>
            {capital.name}
          </span>
        )}
      </Tooltip>
    </Polygon>
  );
}
