// Push and pull of the review log and its retractions, per-day counts (rule 3) and settings; always in the
// credential's space.
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import type { ReviewPage } from '../src/protocol/feeds';
import type { Authenticate } from './app';
import { checkPush, type PushedReview, type PushedSetting } from './checks';
import { inTransaction, withClient } from './database';
import { pullPage, type Feed, type PageQuery } from './paged-pull';
import { lockSpace, retractedOf, retractionRoutes, storeRetractions } from './retractions';
import { REVIEW_INSERT_COLUMNS, REVIEW_INSERT_VALUES, REVIEW_RECORDSET, REVIEW_SELECT, wireRow } from './review-columns';
import { daysQuerySchema, pullQuerySchema, pushSchema } from './schemas';

interface Deps {
  pool: Pool;
  authenticate: Authenticate;
}

/** The review log as a feed: pages of 500 rows unless the device asks for up to 1000. */
export const REVIEW_FEED: Feed = { table: 'reviews', columns: REVIEW_SELECT, defaultLimit: 500, maxLimit: 1000 };

/**
 * Rule 1: insert what is new (ON CONFLICT DO NOTHING) unless the space retracted it; answer with every pushed
 * id the space now holds, and the pushed ids it has retracted (the device deletes those).
 */
async function pushReviews(
  client: PoolClient,
  spaceId: string,
  deviceId: string,
  reviews: PushedReview[],
): Promise<{ held: string[]; retracted: string[] }> {
  if (reviews.length === 0) return { held: [], retracted: [] };
  await client.query(
    `INSERT INTO reviews (space_id, device_id, ${REVIEW_INSERT_COLUMNS})
     SELECT $1, $2, ${REVIEW_INSERT_VALUES}
     FROM jsonb_to_recordset($3::jsonb) AS r(${REVIEW_RECORDSET})
     WHERE NOT EXISTS (SELECT 1 FROM retractions x WHERE x.space_id = $1 AND x.id = r.id)
     ON CONFLICT (space_id, id) DO NOTHING`,
    [spaceId, deviceId, JSON.stringify(reviews)],
  );
  const ids = reviews.map((r) => r.id);
  const held = await client.query<{ id: string }>('SELECT id FROM reviews WHERE space_id = $1 AND id = ANY($2::text[])', [spaceId, ids]);
  return { held: held.rows.map((r) => r.id), retracted: await retractedOf(client, spaceId, ids) };
}

/** Settings: last writer (by updatedAt) wins per key; a tie keeps what is stored. */
async function pushSettings(client: PoolClient, spaceId: string, settings: PushedSetting[]): Promise<void> {
  for (const s of settings) {
    await client.query(
      `INSERT INTO settings (space_id, key, value, updated_at) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (space_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
       WHERE settings.updated_at < excluded.updated_at`,
      [spaceId, s.key, JSON.stringify(s.value), s.updatedAt],
    );
  }
}

/** Registers /sync/push, /sync/pull, /sync/retractions and /sync/days. */
export async function syncRoutes(api: FastifyInstance, { pool, authenticate }: Deps): Promise<void> {
  await retractionRoutes(api, { pool, authenticate });
  api.post<{ Body: { reviews: PushedReview[]; settings?: PushedSetting[]; retractions?: string[] } }>(
    '/sync/push',
    { schema: { body: pushSchema }, bodyLimit: 1024 * 1024, preHandler: authenticate },
    async (req, reply) => {
      const settings = req.body.settings ?? [];
      const checked = checkPush(req.body.reviews, settings, Date.now());
      // `refused` names the row at fault, so the device keeps that one local and pushes the rest.
      if ('problem' in checked)
        return reply.code(400).send({ error: checked.problem, ...(checked.refusedId && { refused: checked.refusedId }) });
      const { spaceId, deviceId } = req.device;
      return inTransaction(pool, async (client) => {
        await lockSpace(client, spaceId);
        await storeRetractions(client, spaceId, deviceId, req.body.retractions ?? []);
        const answer = await pushReviews(client, spaceId, deviceId, checked.rows);
        await pushSettings(client, spaceId, settings);
        return answer;
      });
    },
  );

  // Rule 2, through the one paged pull every feed uses (paged-pull.ts); each page also carries the settings.
  api.get<{ Querystring: PageQuery }>(
    '/sync/pull',
    { schema: { querystring: pullQuerySchema }, preHandler: authenticate },
    async (req): Promise<ReviewPage> => {
      const { spaceId } = req.device;
      return withClient(pool, async (client) => {
        const { rows, ...page } = await pullPage<Record<string, unknown>>(client, REVIEW_FEED, spaceId, req.query);
        const settings = await client.query('SELECT key, value, updated_at::float8 AS "updatedAt" FROM settings WHERE space_id = $1', [
          spaceId,
        ]);
        return { reviews: rows.map(wireRow), ...page, settings: settings.rows };
      });
    },
  );

  // Rule 3: per-day counts, which the client compares with its own. `count` is every row the space
  // holds (a day where it is lower than the device's lost rows: push them again); `served` is the rows a
  // pull up to the device's cursor has handed out, the same (txid, seq) bound the pull uses (a day where
  // it is higher than the device's lost rows there: pull all again). Rows committed past the pull's
  // watermark are counted in neither way that could send a device into a full pull it cannot finish.
  api.get<{ Querystring: { cursor?: string } }>(
    '/sync/days',
    { schema: { querystring: daysQuerySchema }, preHandler: authenticate },
    async (req) => {
      const [txid, seq] = req.query.cursor?.split(':') ?? [null, null];
      const { rows } = await pool.query<{ day: number; count: number; served: number }>(
        `SELECT day, count(*)::int AS count,
         count(*) FILTER (WHERE CASE WHEN $2::xid8 IS NULL THEN txid < pg_snapshot_xmin(pg_current_snapshot())
                                     ELSE (txid, seq) <= ($2::xid8, $3::bigint) END)::int AS served
       FROM reviews WHERE space_id = $1 GROUP BY day ORDER BY day`,
        [req.device.spaceId, txid, seq],
      );
      return { days: rows };
    },
  );
}
