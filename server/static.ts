// Serves the built app: hashed assets cached for ever, everything else revalidated, the CSP as a header.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { headerPolicy, policyOfPage } from '../src/lib/csp';

/** Cache-Control for a file of the build: vite's hashed assets never change; sw.js, index.html and the rest may. */
export function cacheControl(urlPath: string): string {
  return /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The header for the page at `indexPath`: its own policy (which allows its inline stylesheet by hash) plus what
 * only a header can set. Read again when the file changes, so a rebuild under a running server keeps its styles.
 */
function pagePolicyHeader(indexPath: string): () => string {
  let seen = -1;
  let header = '';
  return () => {
    // Mid-rebuild the file may be missing for a moment: the last policy read stays.
    const changed = statSync(indexPath, { throwIfNoEntry: false })?.mtimeMs ?? seen;
    if (changed !== seen) {
      header = headerPolicy(policyOfPage(readFileSync(indexPath, 'utf8')));
      seen = changed;
    }
    return header;
  };
}

/** Registers the built app in `distDir`, with index.html for any other page the app routes itself. */
export async function serveApp(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`no built app in ${distDir} (run npm run build)`);
  const csp = pagePolicyHeader(join(distDir, 'index.html'));
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) return;
    reply.header('content-security-policy', csp());
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });
  await app.register(fastifyStatic, {
    root: distDir,
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: (res, path) => {
      const rel =
        '/' +
        path
          .slice(distDir.length)
          .replace(/^[/\\]+/, '')
          .replaceAll('\\', '/');
      res.header('cache-control', cacheControl(rel));
    },
  });
  // Client-side routes (/review, /settings, …) get the app's page; the app shows its own "not found".
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) return reply.code(404).send({ error: 'No such sync API.' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply.code(404).send({ error: 'Not found.' });
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
