// The sync server as a Fastify app: the API under /api and, when given a folder, the built app itself.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import type { Pool } from 'pg';
import { classRoutes } from './class-routes';
import { taughtClassRoutes } from './taught-class-routes';
import { tokenHash } from './credentials';
import { deckRoutes, MAX_DECK_VERSIONS } from './deck-routes';
import { spaceRoutes } from './space-routes';
import { syncRoutes } from './sync-routes';
import { serveApp } from './static';

/** How to build the app. */
export interface AppOptions {
  pool: Pool;
  /** The built app's folder (vite's dist/); the API alone when absent. */
  distDir?: string;
  logger?: boolean;
  /** Pairing attempts per minute per address (guessing codes is what this slows down). */
  pairPerMinute?: number;
  /** New spaces per minute per address. */
  createPerMinute?: number;
  /** Class join attempts per minute per address, and per class. */
  joinPerMinute?: number;
  joinPerClassPerMinute?: number;
  /** The most deck versions one sync space keeps. */
  maxDeckVersions?: number;
}

/** The device a request's bearer token belongs to. */
export interface DeviceAuth {
  deviceId: string;
  spaceId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    device: DeviceAuth;
  }
}

/** Builds the server (not listening yet). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 64 * 1024,
    // Bodies are checked exactly as sent: no type coercion, no silent removal of unknown fields.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false } },
  });
  const { pool } = options;
  await app.register(rateLimit, { global: false });
  // Text goes out compressed (gzip or brotli, as the client accepts): uncompressed, the app's first load on a slow
  // phone network carried about 170 KiB more. Request bodies are never inflated: a sync push stays within bodyLimit
  // as sent, and no small body can expand into a large one.
  await app.register(compress, { globalDecompression: false });
  app.decorateRequest('device', null as unknown as DeviceAuth);

  /** Resolves the bearer token to its device and space; a missing, unknown or revoked token is a 401. */
  const authenticate = async (req: FastifyRequest, reply: FastifyReply) => {
    const token = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return reply.code(401).send({ error: 'Sign in to sync first (no device credential was sent).' });
    const { rows } = await pool.query<{ id: string; space_id: string }>(
      'UPDATE devices SET last_seen = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id, space_id',
      [tokenHash(token)],
    );
    if (rows.length === 0) return reply.code(401).send({ error: 'This device is not part of a sync space any more.' });
    req.device = { deviceId: rows[0]!.id, spaceId: rows[0]!.space_id };
  };

  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) req.log.error(error);
    const message = status >= 500 ? 'The sync server had a problem; try again later.' : error.message;
    return reply.code(status).send({ error: message });
  });

  await app.register(
    async (api) => {
      await spaceRoutes(api, {
        pool,
        authenticate,
        pairPerMinute: options.pairPerMinute ?? 10,
        createPerMinute: options.createPerMinute ?? 20,
      });
      await syncRoutes(api, { pool, authenticate });
      await deckRoutes(api, { pool, authenticate, maxDeckVersions: options.maxDeckVersions ?? MAX_DECK_VERSIONS });
      await taughtClassRoutes(api, { pool, authenticate });
      await classRoutes(api, {
        pool,
        createPerMinute: options.createPerMinute ?? 20,
        joinPerMinute: options.joinPerMinute ?? 10,
        joinPerClassPerMinute: options.joinPerClassPerMinute ?? 30,
      });
      api.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'No such sync API.' }));
    },
    { prefix: '/api' },
  );
  if (options.distDir) await serveApp(app, options.distDir);
  return app;
}

/** The per-request check every authenticated route runs first. */
export type Authenticate = (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
