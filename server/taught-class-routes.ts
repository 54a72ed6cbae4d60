// The classes an instructor teaches, through their sync space: a device pushes the credential of a class it
// teaches (checked against the class: the token must be that open class's instructor token), and the space's
// other devices pull it through the one paged pull every feed uses. Only devices of that space ever read it.
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { MAX_TAUGHT_CLASSES, taughtClassesBody, type TaughtClass, type TaughtClassPage } from '../src/protocol/class';
import type { Authenticate } from './app';
import { tokenHash } from './credentials';
import { inTransaction, withClient } from './database';
import { pullPage, type Feed, type PageQuery } from './paged-pull';
import { lockSpace } from './retractions';
import { pullQuerySchema } from './schemas';

/** Taught classes as a feed: pages of 20 unless the device asks for up to 50. */
export const TAUGHT_FEED: Feed = { table: 'space_classes', columns: 'credential', defaultLimit: 20, maxLimit: 50 };

const NOT_YOURS = 'That is not the credential of an open class you teach; nothing was kept.';

/** Registers POST /sync/classes (keep taught classes in the space) and GET /sync/classes (pull them after a cursor). */
export async function taughtClassRoutes(
  api: FastifyInstance,
  { pool, authenticate }: { pool: Pool; authenticate: Authenticate },
): Promise<void> {
  api.post<{ Body: { classes: TaughtClass[] } }>(
    '/sync/classes',
    { schema: { body: taughtClassesBody.schema }, preHandler: authenticate },
    async (req, reply) => {
      const { spaceId, deviceId } = req.device;
      return inTransaction(pool, async (client) => {
        // One push at a time per space, so the count below holds.
        await lockSpace(client, spaceId);
        for (const c of req.body.classes) {
          const own = await client.query('SELECT 1 FROM classes WHERE id = $1 AND instructor_token_hash = $2 AND closed_at IS NULL', [
            c.classId,
            tokenHash(c.token),
          ]);
          if (own.rowCount !== 1) return reply.code(403).send({ error: NOT_YOURS });
        }
        const ids = req.body.classes.map((c) => c.classId);
        const count = await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM space_classes WHERE space_id = $1 AND NOT (class_id = ANY($2::uuid[]))',
          [spaceId, ids],
        );
        if (count.rows[0]!.n + new Set(ids).size > MAX_TAUGHT_CLASSES) {
          return reply
            .code(409)
            .send({ error: `A sync space keeps at most ${MAX_TAUGHT_CLASSES} classes; this one stays on this device.` });
        }
        for (const c of req.body.classes) {
          // Replaced, not updated: the new row gets a new (txid, seq), so devices that pulled the old one pull it again.
          await client.query('DELETE FROM space_classes WHERE space_id = $1 AND class_id = $2', [spaceId, c.classId]);
          const credential = { classId: c.classId, name: c.name, token: c.token, joinCode: c.joinCode };
          await client.query('INSERT INTO space_classes (space_id, class_id, device_id, credential) VALUES ($1, $2, $3, $4::jsonb)', [
            spaceId,
            c.classId,
            deviceId,
            JSON.stringify(credential),
          ]);
        }
        return { held: ids };
      });
    },
  );

  api.get<{ Querystring: PageQuery }>(
    '/sync/classes',
    { schema: { querystring: pullQuerySchema }, preHandler: authenticate },
    async (req): Promise<TaughtClassPage> => {
      const { rows, ...page } = await withClient(pool, (client) =>
        pullPage<{ credential: TaughtClass }>(client, TAUGHT_FEED, req.device.spaceId, req.query),
      );
      return { classes: rows.map((r) => r.credential), ...page };
    },
  );
}
