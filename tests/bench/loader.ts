import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GazetteerSchema } from '../../src/loader/gazetteer.ts';
import { parse } from '../../src/loader/parse.ts';
import { MONTHS } from '../../src/loader/vocabulary.ts';
import { translate } from '../../src/loader/translate.ts';
import { table } from './format.ts';


/** `count` distinct reports of the seed's shape: each dated a day apart. */
function corpus(root: string, count: number): Array<{ file: string; text: string; po: string }> {
  const seed = readFileSync(join(root, 'seeds/2025-08-31-xi-tianjin-meetings.hi.txt'), 'utf8');
  const po = readFileSync(join(root, 'seeds/2025-08-31-xi-tianjin-meetings.en.po'), 'utf8');
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2020, 0, 1 + i));
    const iso = date.toISOString().slice(0, 10);
    const text = seed.replace('2025-08-31', iso).replace('31 अगस्त', `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]![0]}`);
    const dateline = /बीजिंग, \d+ \S+ \(आईएएनएस\)।/.exec(text)![0];
    return { file: `seeds/${iso}-report.hi.txt`, text, po: po.replace('बीजिंग, 31 अगस्त (आईएएनएस)।', dateline) };
  });
}

export function printLoaderThroughput(root: string): void {
  const gazetteer = GazetteerSchema.parse(JSON.parse(readFileSync(join(root, 'seeds/gazetteer.json'), 'utf8')));
  const rows: string[][] = [];
  for (const count of [1, 100, 1000]) {
    const reports = corpus(root, count);
    const started = performance.now();
    for (const report of reports) {
      const parsed = parse(report.text, report.file, { gazetteer });
      if (!parsed.ok) throw new Error(`generated report failed to parse: ${parsed.errors[0]?.message}`);
      const joined = translate(parsed.article, report.po, report.file.replace('.hi.txt', '.en.po'));
      if (!joined.ok) throw new Error(`generated translation failed: ${joined.errors[0]?.message}`);
    }
    const elapsed = performance.now() - started;
    rows.push([String(count), `${elapsed.toFixed(0)} ms`, `${(elapsed / count).toFixed(2)} ms`]);
  }
  console.log('\nLoader throughput (parse + translate, in memory)');
  console.log(table(['reports', 'total', 'per report'], rows));
}

/**
 * The loader on one report of growing size, up to the largest it accepts:
 * time should grow in proportion to the text (the last column stays flat),
 * both for statements it attributes and for sentences that each give a
 * located warning.
 */
export function printLoaderScaling(root: string): void {
  const gazetteer = GazetteerSchema.parse(JSON.parse(readFileSync(join(root, 'seeds/gazetteer.json'), 'utf8')));
  const base = readFileSync(join(root, 'tests/fixtures/careless/2025-05-06-accra-delhi.hi.txt'), 'utf8');
  const head = base.split('\n').slice(0, 4).join('\n');
  const rows: string[][] = [];
  parse(base, 'warm-up.hi.txt', { gazetteer });
  for (const [kind, sentence] of [['attributed', 'सेठी ने कहा कि भारत घाना के साथ सौर ऊर्जा में साझेदारी बढ़ाएगा। '], ['each warned', 'वह आगे बढ़ेंगे। ']] as const) {
    const paragraph = sentence.repeat(Math.floor(16_000 / sentence.length)).trim();
    for (const paragraphs of [4, 16, 60]) {
      const text = `${head}\n\n${Array.from({ length: paragraphs }, () => paragraph).join('\n\n')}\n\n-- भाषा\n`;
      const started = performance.now();
      const result = parse(text, '2025-05-06-scaling.hi.txt', { gazetteer });
      const elapsed = performance.now() - started;
      if (!result.ok) throw new Error(`generated report failed to parse: ${result.errors[0]?.message}`);
      rows.push([kind, text.length.toLocaleString('en'), String(result.article.sentences.length), String(result.warnings.length), `${elapsed.toFixed(0)} ms`, `${((elapsed * 100_000) / text.length).toFixed(0)} ms`]);
    }
  }
  // Blank lines between two paragraphs: a run of them is stepped over once.
  for (const lines of [40_000, 160_000, 640_000]) {
    const text = base.replace('\n\n', `\n${'\n'.repeat(lines)}\n`);
    const started = performance.now();
    const result = parse(text, '2025-05-06-scaling.hi.txt', { gazetteer });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(`generated report failed to parse: ${result.errors[0]?.message}`);
    rows.push(['blank lines', text.length.toLocaleString('en'), String(result.article.sentences.length), String(result.warnings.length), `${elapsed.toFixed(0)} ms`, `${((elapsed * 100_000) / text.length).toFixed(0)} ms`]);
  }
  console.log('\nLoader on one report of growing size (parse, in memory)');
  console.log(table(['report', 'characters', 'sentences', 'warnings', 'time', 'per 100,000 characters'], rows));
}
