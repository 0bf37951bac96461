import { describe, expect, it } from 'vitest';
import { systemHasDevanagari } from '../../src/app/boot/system-font.ts';

/** Widths as a font draws them: every glyph it lacks as the same box. */
const drawnBy = (has: (char: string) => boolean) => (text: string) => [...text].reduce((width, char) => width + (has(char) ? 10 + (char.codePointAt(0)! % 7) : 16), 0);

describe('whether the system has a Devanagari font of its own', () => {
  it('yes, where Devanagari letters are drawn other than as missing glyphs', () => {
    expect(systemHasDevanagari(drawnBy((char) => /\p{Script=Devanagari}/u.test(char)))).toBe(true);
  });

  it('no, where they are drawn as the boxes of glyphs no font has', () => {
    expect(systemHasDevanagari(drawnBy((char) => /[a-z]/.test(char)))).toBe(false);
  });

  it('yes when it cannot be measured: nothing is fetched on a guess', () => {
    expect(systemHasDevanagari(null)).toBe(true);
  });
});
