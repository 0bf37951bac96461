import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GazetteerSchema, type Gazetteer } from '../../src/loader/gazetteer.ts';
import { parse, type ParseResult } from '../../src/loader/parse.ts';
import type { Article } from '../../src/schema/article.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED = 'seeds/2025-08-31-xi-tianjin-meetings.hi.txt';
export const SEED_PO = 'seeds/2025-08-31-xi-tianjin-meetings.en.po';
export const FIXTURES = 'tests/fixtures/reports';

export const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
export const gazetteer: Gazetteer = GazetteerSchema.parse(JSON.parse(read('seeds/gazetteer.json')));
export const seedText = read(SEED);
export const seedPo = read(SEED_PO);

export function parseReport(text: string, file = SEED, extra: Partial<Gazetteer> = {}): ParseResult {
  return parse(text, file, { gazetteer: { ...gazetteer, ...extra }, gazetteerFile: 'seeds/gazetteer.json' });
}

export function parsed(text: string, file = SEED): Article {
  const result = parseReport(text, file);
  if (!result.ok) throw new Error(`expected the report to parse: ${JSON.stringify(result.errors, null, 1)}`);
  return result.article;
}

/**
 * Rebuilds the source from the article's spans and the gaps between them,
 * and returns the gaps: losslessness means the rebuild is exact and every
 * gap is white space (or the byte-order mark).
 */
export function reassemble(article: Article): { text: string; gaps: string[] } {
  const source = article.source.text;
  const spans: Array<[number, number]> = [
    ...(article.header ? [article.header.span] : []),
    ...(article.dateline ? [article.dateline.span] : []),
    ...article.sentences.map((s) => s.span),
    ...(article.credit ? [article.credit.span] : []),
    ...(article.byline ? [article.byline.span] : []),
    ...(article.signoff ? [article.signoff.span] : []),
  ].sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  let text = '';
  const gaps: string[] = [];
  for (const [start, end] of spans) {
    if (start < cursor) throw new Error(`spans overlap at ${start}`);
    gaps.push(source.slice(cursor, start));
    text += source.slice(cursor, start) + source.slice(start, end);
    cursor = end;
  }
  gaps.push(source.slice(cursor));
  text += source.slice(cursor);
  return { text, gaps };
}
