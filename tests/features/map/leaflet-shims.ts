/**
 * jsdom lays nothing out, so every element measures 0×0 and Leaflet would
 * compute its view for an empty box. Give elements the size the map's CSS
 * gives it in a browser (16:10).
 */
export function sizeLeafletContainers(width = 800, height = 500): void {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
}
