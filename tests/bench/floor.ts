/**
 * The honest floor: the same built site with every script and module
 * preload taken out of its pages. What it scores is what the HTML, style,
 * fonts and data alone cost; ours is measured against it.
 */
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>/gi;

/** Copies `site` to `floor` and strips every page of its scripts; returns how many were taken out. */
export function buildFloor(site: string, floor: string): number {
  rmSync(floor, { recursive: true, force: true });
  cpSync(site, floor, { recursive: true });
  let removed = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        const stripped = html.replace(SCRIPT, () => (removed++, '')).replace(MODULE_PRELOAD, () => (removed++, ''));
        writeFileSync(path, stripped);
      }
    }
  };
  walk(floor);
  if (removed === 0) throw new Error(`no script found in the pages of ${site}: the floor would equal the site`);
  return removed;
}
