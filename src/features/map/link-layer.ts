import type { LeafletKeyboardEvent, LeafletMouseEvent, Path } from 'leaflet';
import { useEffect, useEffectEvent, type RefObject } from 'react';

export type LinkLayerOptions = {
  /** The accessible name, in the page's language. */
  name: string;
  href: string;
  selected: boolean;
  onActivate: () => void;
  /** False for a shape drawn only to be seen, whose link is elsewhere (a pin on a speck). */
  enabled?: boolean;
};

/** Leaflet draws the path; this makes it behave like a link for keyboard and assistive tech. */
function describeAsLink(path: Element, name: string, selected: boolean) {
  path.setAttribute('tabindex', '0');
  path.setAttribute('role', 'link');
  path.setAttribute('aria-label', name);
  if (selected) path.setAttribute('aria-current', 'true');
  else path.removeAttribute('aria-current');
}

/**
 * A Leaflet path as a link: a tab stop named `name`, activated by click,
 * Enter or Space; Ctrl/Cmd opens `href` in a new tab, as a link would.
 */
export function useLinkLayer(layerRef: RefObject<Path | null>, { name, href, selected, onActivate, enabled = true }: LinkLayerOptions) {
  const activate = useEffectEvent((event: MouseEvent | KeyboardEvent) => {
    // A path cannot be a real <a>, so honour "open in new tab" here.
    if (event.ctrlKey || event.metaKey) window.open(href, '_blank', 'noopener');
    else onActivate();
  });

  useEffect(
    function listenForActivation() {
      const layer = layerRef.current;
      if (!layer || !enabled) return;
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
    },
    [layerRef, enabled],
  );

  useEffect(
    function describeForAssistiveTech() {
      const layer = layerRef.current;
      if (!layer || !enabled) return;
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
    [layerRef, name, selected, enabled],
  );
}
