import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Leaflet's attribution control renders HTML; the credit is text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Data credit in Leaflet's attribution corner, without Leaflet's own prefix link. */
export function Credit({ text }: { text: string }) {
  const map = useMap();

  useEffect(
    function creditTheData() {
      const control = map.attributionControl;
      if (!control) return;
      control.setPrefix(false);
      const html = escapeHtml(text);
      control.addAttribution(html);
      return () => {
        control.removeAttribution(html);
      };
    },
    [map, text],
  );

  return null;
}
