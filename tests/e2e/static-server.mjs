// A static server for a built app, like any host would run it: files, SPA fallback, SW not cached, text gzipped.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain',
};

// Every static host worth the name compresses text (nginx gzip_static, Netlify, GitHub Pages); without it Lighthouse's
// slow-4G run spent ~170 KiB extra on the first load ("uses-text-compression", issue 13). Cached per file and content.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const gzipped = new Map();
function gzipOnce(file, body) {
  const hit = gzipped.get(file);
  if (hit && hit.body.equals(body)) return hit.gz;
  const gz = gzipSync(body, { level: 9 });
  gzipped.set(file, { body, gz });
  return gz;
}

/**
 * Serves the directory `state.root` (changeable, to swap builds) on `port`; resolves to the server. With
 * `state.headers`, every answer carries them too; with `state.cspReports` (an array), POSTs to /__csp-report are
 * kept there (a report-only copy of the page's policy in `state.headers` reports each violation to it).
 */
export function serveStatic(state, port = 0) {
  const server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/__csp-report' && state.cspReports) {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => (state.cspReports.push(body), res.writeHead(204).end()));
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(state.root, path));
    if (!file.startsWith(state.root)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (extname(path)) return void res.writeHead(404).end('not found');
      file = join(state.root, 'index.html');
    }
    try {
      const body = await readFile(file);
      const noStore = file.endsWith('sw.js') || file.endsWith('.html') || file.endsWith('.webmanifest');
      const headers = {
        ...state.headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': noStore ? 'no-cache' : 'max-age=31536000, immutable',
        Vary: 'Accept-Encoding',
      };
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
        return void res.end(gzipOnce(file, body));
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
