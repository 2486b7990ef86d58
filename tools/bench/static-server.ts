/**
 * A static file server for the built site, the way a plain static host serves it:
 * /path/ -> /path/index.html, under an optional base folder, 404 page otherwise. Text is
 * gzipped when the browser accepts it, as GitHub Pages and other hosts do, so the
 * benchmark and Lighthouse see realistic transfers.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export function serveStatic(root: string, base = '/'): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('outside base');
      return;
    }
    path = `/${path.slice(base.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res
        .writeHead(404, { 'Content-Type': types['.html']! })
        .end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const compressible = /^(text\/|application\/json|image\/svg)/.test(type);
    if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res
        .writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' })
        .end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'Content-Type': type }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
