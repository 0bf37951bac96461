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
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  writeFileSync(
    join(root, 'main.js'),
    `import { articles, loaders } from 'virtual:bhent/articles';\n` +
      `const first = await loaders[articles[0].id]();\ndocument.title = articles[0].headline.en + first.default.sentences.length;\n`,
  );
  return { root, seeds };
}

async function bundle(root: string, options: { strict?: boolean; warnings?: string[] } = {}) {
  const logger = createLogger('silent');
  logger.warn = (message) => void options.warnings?.push(message);
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    customLogger: logger,
    plugins: [articlesPlugin({ strict: options.strict })],
    build: { write: false, lib: { entry: join(root, 'main.js'), formats: ['es'] } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  return outputs.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
}

describe('the Vite plugin', () => {
  it('bundles the articles as data, each in its own chunk, and never the parser', async () => {
    const chunks = await bundle(project().root);
    const all = chunks.map((c) => c.code).join('\n');
    expect(all).toContain('जोपारोव ने कहा कि');
    expect(all).toContain('Japarov said that');
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    for (const parserMark of ['Intl.Segmenter', 'msgctxt', 'TextDecoder', 'gazetteer']) expect(all).not.toContain(parserMark);
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
    const chunks = await bundle(root, { warnings });
    expect(chunks.map((c) => c.code).join('\n')).toContain('मकेई ने कहा कि');
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
