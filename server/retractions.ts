// Retractions: grades deleted on purpose on some device. Storing one deletes the row in that space for good
// (a later push of the row is answered "retracted", not stored); devices pull them like the log (rule 2).
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import type { Authenticate } from './app';
import { withClient } from './database';
import { pullQuerySchema } from './schemas';

/** Stores retractions in a space and deletes their rows there; call inside the push's transaction. */
export async function storeRetractions(client: PoolClient, spaceId: string, deviceId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query(
    `INSERT INTO retractions (space_id, device_id, id) SELECT $1, $2, unnest($3::text[]) ON CONFLICT (space_id, id) DO NOTHING`,
    [spaceId, deviceId, ids],
  );
  await client.query('DELETE FROM reviews WHERE space_id = $1 AND id = ANY($2::text[])', [spaceId, ids]);
}

/** Which of these review ids the space has retracted. */
export async function retractedOf(client: PoolClient, spaceId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await client.query<{ id: string }>('SELECT id FROM retractions WHERE space_id = $1 AND id = ANY($2::text[])', [spaceId, ids]);
  return rows.map((r) => r.id);
}

/**
 * Takes the space's push lock for this transaction. Why: under READ COMMITTED a push of row X and another
 * device's retraction of X, running at once, could each miss the other (the retraction deletes nothing yet,
 * the insert sees no retraction yet) and leave X stored though retracted. One push at a time per space
 * (one person's devices) costs nothing that matters and closes that window.
 */
export async function lockSpace(client: PoolClient, spaceId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))', [spaceId]);
}

interface Deps {
  pool: Pool;
  authenticate: Authenticate;
}

/** Registers GET /sync/retractions: the space's retractions after a (txid, seq) cursor, below the commit-safe watermark. */
export async function retractionRoutes(api: FastifyInstance, { pool, authenticate }: Deps): Promise<void> {
  api.get<{ Querystring: { cursor?: string; limit?: string } }>(
    '/sync/retractions',
    { schema: { querystring: pullQuerySchema }, preHandler: authenticate },
    async (req) => {
      const [txid, seq] = (req.query.cursor ?? '0:0').split(':');
      const limit = Math.min(Number(req.query.limit ?? 1000), 1000);
      return withClient(pool, async (client) => {
        // As for the log: a cursor beyond this server's transaction counter means the database was replaced.
        const future = await client.query<{ future: boolean }>('SELECT $1::xid8 >= pg_snapshot_xmax(pg_current_snapshot()) AS future', [txid]);
        const reset = future.rows[0]!.future;
        const from = reset ? ['0', '0'] : [txid, seq];
        const { rows } = await client.query<{ id: string; txid: string; seq: string }>(
          `SELECT id, txid::text AS txid, seq::text AS seq FROM retractions
           WHERE space_id = $1 AND (txid, seq) > ($2::xid8, $3::bigint) AND txid < pg_snapshot_xmin(pg_current_snapshot())
           ORDER BY txid, seq LIMIT $4`,
          [req.device.spaceId, from[0], from[1], limit],
        );
        const last = rows[rows.length - 1];
        return { ids: rows.map((r) => r.id), cursor: last ? `${last.txid}:${last.seq}` : `${from[0]}:${from[1]}`, more: rows.length === limit, reset };
      });
    },
  );
}
