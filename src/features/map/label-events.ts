import type { LeafletEvent, Tooltip } from 'leaflet';

/**
 * Permanent map labels (the host's name, the venue's) repeat what the key and
 * the text say, and Leaflet briefly empties them while it re-places them; so
 * assistive technology skips them rather than meet a nameless tooltip.
 */
export const hideLabelFromAssistiveTech = {
  add(event: LeafletEvent) {
    (event.target as Tooltip).getElement()?.setAttribute('aria-hidden', 'true');
  },
};
