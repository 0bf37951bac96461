/**
 * Whether the system draws Devanagari with a font of its own: a font that
 * has the letters draws them wider or narrower than four glyphs no font has,
 * which every font draws alike. Measured in a generic family, which web fonts
 * never stand in for.
 */
export function systemHasDevanagari(measure: ((text: string) => number) | null = canvasMeasure()): boolean {
  return !measure || measure('कखगघ') !== measure('\u0378\u0379\u0380\u0381');
}

function canvasMeasure(): ((text: string) => number) | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = '32px sans-serif';
  return (text) => context.measureText(text).width;
}
