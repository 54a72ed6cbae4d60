// Retractions: grades deleted on purpose on some device. Storing one deletes the row in that space for good
// (a later push of the row is answered "retracted", not stored); devices pull them like the log (rule 2).
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import type { RetractionPage } from '../src/protocol/feeds';
import type { Authenticate } from './app';
import { withClient } from './database';
import { pullPage, type Feed, type PageQuery } from './paged-pull';
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
  const { rows } = await client.query<{ id: string }>('SELECT id FROM retractions WHERE space_id = $1 AND id = ANY($2::text[])', [
    spaceId,
    ids,
  ]);
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

/** Retractions as a feed: pages of up to 1000 ids. */
export const RETRACTION_FEED: Feed = { table: 'retractions', columns: 'id', defaultLimit: 1000, maxLimit: 1000 };

/** Registers GET /sync/retractions: the space's retractions after a (txid, seq) cursor, below the commit-safe watermark. */
export async function retractionRoutes(api: FastifyInstance, { pool, authenticate }: Deps): Promise<void> {
  api.get<{ Querystring: PageQuery }>(
    '/sync/retractions',
    { schema: { querystring: pullQuerySchema }, preHandler: authenticate },
    async (req): Promise<RetractionPage<string>> => {
      const { rows, ...page } = await withClient(pool, (client) =>
        pullPage<{ id: string }>(client, RETRACTION_FEED, req.device.spaceId, req.query),
      );
      return { ids: rows.map((r) => r.id), ...page };
    },
  );
}
