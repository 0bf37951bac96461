/**
 * The site's Devanagari font is `font-display: optional` (src/app/fonts.css):
 * where it has not arrived by the first paint, the page keeps the system's
 * Devanagari font rather than move its text later. A system with no
 * Devanagari font at all would then show every Hindi word as boxes for the
 * whole visit (an English page, which does not preload the font; a Hindi page
 * on a slow network). There, and only there, the same files come in again as
 * `swap`: the words move once, from boxes to letters.
 */
const FAMILY = 'Noto Sans Devanagari';

/** The page's own @font-face rules for the family, as FontFaces that swap in when they arrive. */
function swappingFaces(): FontFace[] {
  const faces: FontFace[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule) || rule.style.getPropertyValue('font-family').replace(/["']/g, '') !== FAMILY) continue;
      const style = rule.style;
      faces.push(
        new FontFace(FAMILY, style.getPropertyValue('src'), {
          weight: style.getPropertyValue('font-weight') || 'normal',
          style: style.getPropertyValue('font-style') || 'normal',
          unicodeRange: style.getPropertyValue('unicode-range') || 'U+0-10FFFF',
          display: 'swap',
        }),
      );
    }
  }
  return faces;
}

/** Once the page has painted, where the system has no Devanagari font (main.tsx asks `systemHasDevanagari` first). */
export function swapInDevanagari(): void {
  if (typeof FontFace === 'undefined' || !('fonts' in document)) return;
  for (const face of swappingFaces()) {
    // Added after the stylesheet's, so it is the one used; a failed load leaves the page as it was.
    document.fonts.add(face);
    face.load().catch(() => document.fonts.delete(face));
  }
}
