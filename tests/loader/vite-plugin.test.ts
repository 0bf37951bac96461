import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger, createServer, type Rolldown } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { articlesPlugin } from '../../src/loader/vite-plugin.ts';
import { ROOT } from './helpers.ts';

/** A throwaway app whose entry imports the virtual modules. */
function project(): { root: string; seeds: string } {
  const root = mkdtempSync(join(tmpdir(), 'bhent-vite-'));
  const seeds = join(root, 'seeds');
  // The seed alone, so what the build writes can be listed in full.
  for (const file of ['2025-08-31-xi-tianjin-meetings.hi.txt', '2025-08-31-xi-tianjin-meetings.en.po', 'gazetteer.json']) {
    cpSync(join(ROOT, 'seeds', file), join(seeds, file));
  }
  // …and the old addresses that lead to its pages: one to a report not here is refused.
  const redirects = JSON.parse(readFileSync(join(ROOT, 'seeds/redirects.json'), 'utf8')) as Array<{ to: string }>;
  writeFileSync(join(seeds, 'redirects.json'), JSON.stringify(redirects.filter((r) => r.to.startsWith('/reports/2025-08-31-xi-tianjin-meetings/')), null, 2));
  writeFileSync(join(root, 'main.js'), `import { redirects } from 'virtual:bhent/site';\nconst front = await fetch('/data/front.json');\ndocument.title = redirects.length + (await front.text());\n`);
  return { root, seeds };
}

async function bundle(root: string, options: { strict?: boolean; warnings?: string[]; seedsDir?: string } = {}) {
  const logger = createLogger('silent');
  logger.warn = (message) => void options.warnings?.push(message);
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    customLogger: logger,
    plugins: [articlesPlugin({ strict: options.strict, seedsDir: options.seedsDir })],
    build: { write: false, lib: { entry: join(root, 'main.js'), formats: ['es'] } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const chunks = outputs.filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const assets = new Map(outputs.filter((a): a is Rolldown.OutputAsset => a.type === 'asset').map((a) => [a.fileName, String(a.source)]));
  return Object.assign(chunks, { assets });
}

describe('the Vite plugin', () => {
  it('publishes a report\'s file names only, never a path of the machine, from a seeds folder outside the project', async () => {
    const { seeds } = project();
    const { root } = project();
    const chunks = await bundle(root, { seedsDir: seeds });
    const article = JSON.parse(chunks.assets.get('data/reports/2025-08-31-xi-tianjin-meetings.json')!) as { source: { file: string; translation: string } };
    expect(article.source.file).toBe('2025-08-31-xi-tianjin-meetings.hi.txt');
    expect(article.source.translation).toBe('2025-08-31-xi-tianjin-meetings.en.po');
    for (const [, text] of chunks.assets) expect(text).not.toContain(tmpdir());
  });

  it('writes the data as files of the site, each page\'s its own, and bundles no parser and no report', async () => {
    const chunks = await bundle(project().root);
    const { assets } = chunks;
    const article = JSON.parse(assets.get('data/reports/2025-08-31-xi-tianjin-meetings.json')!);
    expect(article.sentences.find((s: { id: string }) => s.id === 'p3.s1').text).toEqual({
      hi: 'जोपारोव ने कहा कि चीन किर्गिस्तान का अच्छा पड़ोसी और अच्छा दोस्त है।',
      en: 'Japarov said that China is a good neighbour and a good friend of Kyrgyzstan.',
    });
    expect([...assets.keys()].filter((f) => f.startsWith('data/')).sort()).toEqual([
      'data/countries/az.json',
      'data/countries/by.json',
      'data/countries/cn.json',
      'data/countries/kg.json',
      'data/front.json',
      'data/people.json',
      'data/people/alexander-lukashenko.json',
      'data/people/ilham-aliyev.json',
      'data/people/sadyr-japarov.json',
      'data/people/xi-jinping.json',
      'data/reports/2025-08-31-xi-tianjin-meetings.json',
      'data/statements.csv',
      'data/summaries.json',
      'data/years/2025.json',
    ]);
    const code = chunks.map((c) => c.code).join('\n');
    expect(code).toContain('2025-08-31-xi-tianjin-meetings/meetings/kg/');
    for (const notShipped of ['जोपारोव ने कहा कि', 'Intl.Segmenter', 'msgctxt', 'TextDecoder', 'gazetteer']) expect(code).not.toContain(notShipped);
  });

  it('fails the build with every located error when a report is broken', async () => {
    const { root, seeds } = project();
    const po = join(seeds, '2025-08-31-xi-tianjin-meetings.en.po');
    writeFileSync(po, readFileSync(po, 'utf8').replace('msgctxt "p2.s2"', '#, fuzzy\nmsgctxt "p2.s2"').replace('msgctxt "p7.s2"', 'msgctxt "p7.s9"'));
    await expect(bundle(root)).rejects.toThrow(/en\.po:\d+:1: translation\/stale: [\s\S]*en\.po:\d+:1: translation\/orphan: /);
  });

  it('lists what the rules left undecided, once, as located warnings, and builds; strict, it fails', async () => {
    const { root, seeds } = project();
    const report = join(seeds, '2025-08-31-xi-tianjin-meetings.hi.txt');
    const po = join(seeds, '2025-08-31-xi-tianjin-meetings.en.po');
    for (const file of [report, po]) writeFileSync(file, readFileSync(file, 'utf8').replace('लुकाशंको ने कहा कि', 'मकेई ने कहा कि'));
    const warnings: string[] = [];
    const { assets } = await bundle(root, { warnings });
    expect(assets.get('data/reports/2025-08-31-xi-tianjin-meetings.json')).toContain('मकेई ने कहा कि');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/1 warning\(s\)[\s\S]*xi-tianjin-meetings\.hi\.txt:13:1: warning: attribution\/unknown-speaker: /);
    await expect(bundle(root, { strict: true })).rejects.toThrow(/hi\.txt:13:1: attribution\/unknown-speaker: /);
  });

  it('reloads the page in dev when a translation changes, serving the new text', async () => {
    const { root, seeds } = project();
    const server = await createServer({ root, configFile: false, logLevel: 'silent', plugins: [articlesPlugin()], server: { port: 0, ws: false } });
    try {
      const env = server.environments.client;
      const before = await env.transformRequest('virtual:bhent/article/2025-08-31-xi-tianjin-meetings');
      expect(before?.code).toContain('Japarov said that');
      const send = vi.spyOn(server.ws, 'send');
      const po = join(seeds, '2025-08-31-xi-tianjin-meetings.en.po');
      writeFileSync(po, readFileSync(po, 'utf8').replace('Japarov said that', 'Japarov stated that'));
      server.watcher.emit('change', po);
      expect(send).toHaveBeenCalledWith({ type: 'full-reload' });
      const after = await env.transformRequest('virtual:bhent/article/2025-08-31-xi-tianjin-meetings');
      expect(after?.code).toContain('Japarov stated that');
    } finally {
      await server.close();
    }
  });
});
