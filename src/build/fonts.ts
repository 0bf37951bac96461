/**
 * Ships Noto Sans Devanagari cut down to the glyphs this site can show: the
 * characters of every report, translation, gazetteer entry and interface
 * string, plus the Hindi names and months the platform supplies. HarfBuzz
 * keeps the shaping rules, so conjuncts (क्ष, त्र, श्र) still form.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import countries from 'i18n-iso-countries';
import { GAZETTEER_FILE } from '../loader/load.ts';

export const FONT_WEIGHTS = [400, 600] as const;
// The ranges of the font's own unicode-range (src/app/fonts.css).
const RANGES: Array<[number, number]> = [[0x0900, 0x097f], [0x1cd0, 0x1cf9], [0x200c, 0x200d], [0x20b9, 0x20b9], [0x25cc, 0x25cc], [0xa830, 0xa839], [0xa8e0, 0xa8ff]];
const inFont = (c: string) => RANGES.some(([lo, hi]) => c.codePointAt(0)! >= lo && c.codePointAt(0)! <= hi);

/** Every Devanagari character the site can display, from its sources and the platform. */
export function devanagariCharacters(texts: readonly string[], countryCodes: readonly string[]): string {
  const names = new Intl.DisplayNames(['hi-IN'], { type: 'region' });
  const months = new Intl.DateTimeFormat('hi-IN', { dateStyle: 'long', timeZone: 'UTC' });
  const platform = [
    ...countryCodes.map((code) => names.of(code) ?? ''),
    ...Array.from({ length: 12 }, (_, m) => months.format(Date.UTC(2025, m, 1))),
    '०१२३४५६७८९।॥',
  ];
  const chars = new Set<string>();
  for (const text of [...texts, ...platform]) for (const c of text) if (inFont(c)) chars.add(c);
  return [...chars].sort().join('');
}

/** The reports, translations and gazetteer (the folder's own, else seeds/'s), and the Hindi interface strings. */
function sourceTexts(root: string, seedsDir: string): string[] {
  const read = (path: string) => readFileSync(path, 'utf8');
  const seeds = readdirSync(seedsDir).filter((f) => /\.(txt|po|json)$/.test(f)).map((f) => read(join(seedsDir, f)));
  const gazetteer = existsSync(join(seedsDir, GAZETTEER_FILE)) ? [] : [read(join(root, 'seeds', GAZETTEER_FILE))];
  const localesDir = join(root, 'src/locales/hi');
  const locales = readdirSync(localesDir).map((f) => read(join(localesDir, f)));
  return [...seeds, ...gazetteer, ...locales];
}

const fontFile = (dir: string, weight: number) => join(dir, `noto-sans-devanagari-${weight}.woff2`);

/** Two builds may run at once (the browser tests make two sites): never expose a half-written file. */
function writeAtomically(path: string, content: string | Uint8Array): void {
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, content);
  renameSync(partial, path);
}

/** Writes the subset fonts where `src/app/fonts.css` expects them, before anything is built. */
export function fontsPlugin(options: { seedsDir?: string } = {}): Plugin {
  const require = createRequire(import.meta.url);
  let root = process.cwd();
  return {
    name: 'bhent:fonts',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      // The client build writes them; the prerender's server build does not load fonts.
      if (this.environment?.config.consumer === 'server') return;
      // Any country may be met: every one's Hindi name the platform gives.
      const characters = devanagariCharacters(sourceTexts(root, resolve(root, options.seedsDir ?? 'seeds')), Object.keys(countries.getAlpha2Codes()));
      const outDir = join(root, 'src/app/fonts');
      const stamp = join(outDir, 'characters.txt');
      // Subsetting takes seconds; redo it only when the characters change.
      if (existsSync(stamp) && readFileSync(stamp, 'utf8') === characters && FONT_WEIGHTS.every((w) => existsSync(fontFile(outDir, w)))) return;
      mkdirSync(outDir, { recursive: true });
      for (const weight of FONT_WEIGHTS) {
        const source = readFileSync(require.resolve(`@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-${weight}-normal.woff2`));
        writeAtomically(fontFile(outDir, weight), await subsetFont(source, characters, { targetFormat: 'woff2' }));
      }
      writeAtomically(stamp, characters);
    },
  };
}
