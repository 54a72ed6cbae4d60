// The server's PostgreSQL: a real one from DATABASE_URL, or PGlite (PostgreSQL in WebAssembly) embedded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A pool of `pg` connections and how to shut the database down. */
export interface Database {
  pool: pg.Pool;
  kind: 'postgresql' | 'pglite';
  close: () => Promise<void>;
}

/** Connects to a real PostgreSQL given as a connection string (or libpq-style host/dbname settings). */
export function connectPostgres(connectionString: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection dropped by a PostgreSQL restart must not crash the process; the pool reconnects.
  pool.on('error', () => undefined);
  return { pool, kind: 'postgresql', close: () => pool.end() };
}

/**
 * Starts PGlite on `dataDir` and serves it on a private Unix socket, so the server talks to it with the
 * same `pg` driver and SQL as to a real PostgreSQL. PGlite runs one query at a time, hence one connection:
 * transactions are then serial, which trivially satisfies the pull watermark (rule 2).
 */
export async function startPglite(dataDir: string): Promise<Database> {
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite-socket')]);
  const db = await PGlite.create(dataDir);
  const socketDir = mkdtempSync(join(tmpdir(), 'rehearse-pglite-'));
  const server = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432'), maxConnections: 1 });
  await server.start();
  const pool = new pg.Pool({ host: socketDir, port: 5432, user: 'postgres', database: 'postgres', max: 1 });
  pool.on('error', () => undefined);
  return {
    pool,
    kind: 'pglite',
    close: async () => {
      await pool.end();
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `work` on one pooled connection. A connection that dies meanwhile (PostgreSQL restarted) must neither
 * crash the process — `pg` emits 'error' on a checked-out client, and an unheard 'error' event is an
 * uncaught exception — nor go back to the pool: it is released as broken.
 */
export async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (e: Error) => void (broken = e);
  client.on('error', onError);
  try {
    return await work(client);
  } catch (e) {
    broken ??=
      e instanceof Error && 'code' in e && typeof e.code === 'string' && /^(EPIPE|ECONNRESET|57P0[123])$/.test(e.code) ? e : undefined;
    throw e;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** Runs `work` in one transaction on a pooled connection (rolled back on any error), as withClient. */
export function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withClient(pool, async (client) => {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  });
}
