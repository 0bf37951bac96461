/**
 * A plain static file server, as a basic host would be: files by path,
 * `index.html` for a folder, `404.html` with status 404 for anything else —
 * no rewriting of deep links to the app, text compressed with gzip or brotli
 * once per file and kept, as a host serves files it compressed ahead. Used by the browser tests and the
 * bench; `--spa` serves index.html for unknown paths instead (the baseline).
 *
 *   tsx src/build/serve-static.ts [DIR] [--port 4318] [--base /sub/] [--spa]
 *
 * DIR is dist/ unless named; --base defaults to BASE_PATH, as the build's does.
 * `npm run preview` is this on dist/ at port 4173.
 */
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const kept = new Map<string, Buffer>();

/** The file compressed at the highest levels, once for each version of it. */
function compressed(file: string, encoding: 'br' | 'gzip'): Buffer {
  const { mtimeMs, size } = statSync(file);
  const key = `${encoding} ${mtimeMs} ${size} ${file}`;
  let body = kept.get(key);
  if (!body) {
    const bytes = readFileSync(file);
    body = encoding === 'br' ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }) : gzipSync(bytes, { level: 9 });
    kept.set(key, body);
  }
  return body;
}

export function serveStatic(dir: string, options: { port: number; base?: string; spa?: boolean }): Promise<Server> {
  const root = resolve(dir);
  const base = options.base ?? '/';
  const server = createServer((request, response) => {
    const send = (status: number, file: string) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compressed as any real host would; fonts are compressed already.
      const accepts = String(request.headers['accept-encoding'] ?? '');
      const encoding = /^(text|application\/json|image\/svg)/.test(type) ? (/\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null) : null;
      response.writeHead(status, { 'content-type': type, ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}) });
      if (encoding) response.end(compressed(file, encoding));
      else createReadStream(file).pipe(response);
    };
    const notFound = () => (options.spa ? send(200, join(root, 'index.html')) : send(404, join(root, '404.html')));
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    } catch {
      return notFound();
    }
    if (!path.startsWith(base)) return notFound();
    const file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` });
        return response.end();
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    return existsSync(file) ? send(200, file) : notFound();
  });
  // The code and styles compressed before the first request, as a host that compresses ahead has them.
  const assets = join(root, 'assets');
  if (existsSync(assets)) {
    for (const name of readdirSync(assets)) {
      if (/^text\//.test(TYPES[extname(name)] ?? '')) for (const encoding of ['br', 'gzip'] as const) compressed(join(assets, name), encoding);
    }
  }
  return new Promise((done) => server.listen(options.port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4318' }, base: { type: 'string', default: process.env.BASE_PATH ?? '/' }, spa: { type: 'boolean', default: false } },
  });
  const dir = positionals[0] ?? 'dist';
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  const missing = (values.spa ? ['index.html'] : ['index.html', '404.html']).filter((name) => !existsSync(join(dir, name)));
  if (missing.length > 0) {
    process.stderr.write(`${dir} has no ${missing.join(' or ')}: build the site first (npm run build)\n`);
    process.exit(1);
  }
  const server = await serveStatic(dir, { port: Number(values.port), base, spa: values.spa });
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`serving ${dir} at http://127.0.0.1:${port}${base}\n`);
}
