import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readManifest } from '../../src/build/manifest.ts';
import { buildSite } from '../../src/build/site.ts';

// What the site's folder holds after `npm run build`, after a build that
// fails late, and how `npm run preview` serves it. One build through the
// command line into a folder outside the project; one in this process that
// fails in the prerender, after the client and server bundles are written.

const failing = vi.hoisted(() => ({ calls: [] as Array<{ clientDir: string; ssrDir: string }> }));

vi.mock('../../src/build/prerender.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/build/prerender.ts')>();
  return {
    ...actual,
    prerender: async (clientDir: string, ssrDir: string) => {
      failing.calls.push({ clientDir, ssrDir });
      await actual.prerender(clientDir, ssrDir);
      throw new Error('the prerender failed');
    },
  };
});

const root = resolve(import.meta.dirname, '../..');
const parent = mkdtempSync(join(tmpdir(), 'bhent-output-'));
const out = join(parent, 'site');
const ssrFolders = () => readdirSync(join(root, 'node_modules')).filter((name) => name.startsWith('.bhent-ssr-'));
let ssrBefore: string[];
let built: { stdout: string; stderr: string };

/** Every path under `dir`, relative to it. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

beforeAll(async () => {
  mkdirSync(out);
  writeFileSync(join(out, 'from-before.txt'), 'an earlier build');
  ssrBefore = ssrFolders();
  built = await promisify(execFile)('npm', ['run', 'build', '--', '--out', out], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}, 120_000);

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('npm run build', () => {
  it('builds into a folder outside the project, replacing what was there', () => {
    expect(built.stdout).toContain(`built the site into ${out}`);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, '404.html'))).toBe(true);
    expect(existsSync(join(out, 'hi/index.html'))).toBe(true);
    expect(existsSync(join(out, 'from-before.txt'))).toBe(false);
  });

  it('publishes no build internals, and keeps the manifest for the size measures', () => {
    expect(tree(out).filter((path) => path.split(/[\\/]/).includes('.vite'))).toEqual([]);
    expect(Object.values(readManifest(out)).some((chunk) => chunk.isEntry)).toBe(true);
  });

  it('leaves no temporary folder beside the site or in the project', () => {
    expect(readdirSync(parent)).toEqual(['site']);
    expect(ssrFolders().filter((name) => !ssrBefore.includes(name))).toEqual([]);
  });

  it('a build that fails late leaves the site as it was and removes its temporary folders', async () => {
    const before = tree(out);
    const page = readFileSync(join(out, 'hi/index.html'), 'utf8');
    await expect(buildSite({ outDir: out, quiet: true })).rejects.toThrow('the prerender failed');
    expect(failing.calls).toHaveLength(1);
    const [{ clientDir, ssrDir }] = failing.calls as [{ clientDir: string; ssrDir: string }];
    expect(ssrDir.startsWith(join(root, 'node_modules'))).toBe(true);
    expect(existsSync(ssrDir)).toBe(false);
    expect(existsSync(clientDir)).toBe(false);
    expect(tree(out)).toEqual(before);
    expect(readFileSync(join(out, 'hi/index.html'), 'utf8')).toBe(page);
    expect(readdirSync(parent)).toEqual(['site']);
  }, 120_000);
});

describe('npm run preview', () => {
  it('serves the site as a static host does: 404.html with status 404 for an address with no page', async () => {
    const server = spawn('npm', ['run', 'preview', '--', out, '--port', '0'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const address = await new Promise<string>((found, failed) => {
        let text = '';
        server.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          const url = /serving .* at (http:\/\/\S+)/.exec(text)?.[1];
          if (url) found(url);
        });
        server.on('exit', (code) => failed(new Error(`npm run preview exited (${code}): ${text}`)));
      });
      const get = (path: string) => fetch(new URL(path, address));
      expect((await get('hi/')).status).toBe(200);
      const missing = await get('hi/reports/no-such-report/');
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe(readFileSync(join(out, '404.html'), 'utf8'));
      expect((await get('data/reports/no-such-report.json')).status).toBe(404);
      expect((await get('.vite/manifest.json')).status).toBe(404);
    } finally {
      // npm, its shell and the server: the whole group this test started.
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    }
  }, 60_000);
});
