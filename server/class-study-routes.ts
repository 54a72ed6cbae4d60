// A student's class routes: their place in the class, sharing on or off, leaving, pulling the class's deck
// versions, and pushing a summary. Stopping sharing and leaving delete the summary in the same transaction.
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import type { Deck } from '../src/deck/types';
import { noBody, studentAuth } from './class-auth';
import { SUMMARY_BODY_LIMIT, sharingSchema, summarySchema } from './class-schemas';
import { classDeckIds, storedDecks, summaryProblem, type ClassSummary } from './class-summary';
import { classViewChanged } from './class-view-cache';
import { inTransaction, withClient } from './database';
import { pullQuerySchema } from './schemas';

/** Most deck versions one pull page holds, and the size after which a page stops early (as deck sync). */
const MAX_PULL_DECKS = 20;
const PULL_PAGE_BYTES = 3_000_000;

/** Locks the student's row and says whether they are still in the class and sharing (a change in flight waits). */
async function lockStudent(client: PoolClient, studentId: string): Promise<{ current: boolean; sharing: boolean }> {
  const { rows } = await client.query<{ sharing: boolean }>(
    'SELECT sharing FROM class_students WHERE id = $1 AND left_at IS NULL AND removed_at IS NULL FOR UPDATE',
    [studentId],
  );
  return { current: rows.length === 1, sharing: rows[0]?.sharing ?? false };
}

/** Registers the student's routes under /classes/study. */
export async function classStudyRoutes(api: FastifyInstance, { pool }: { pool: Pool }): Promise<void> {
  const asStudent = studentAuth(pool);

  api.get('/classes/study', { preHandler: asStudent }, async (req) => {
    const { rows } = await pool.query<{ name: string; display_name: string }>(
      'SELECT c.name, s.display_name FROM class_students s JOIN classes c ON c.id = s.class_id WHERE s.id = $1',
      [req.classAuth.studentId],
    );
    return { classId: req.classAuth.classId, className: rows[0]!.name, displayName: rows[0]!.display_name, sharing: req.classAuth.sharing };
  });

  api.put<{ Body: { sharing: boolean } }>(
    '/classes/study/sharing',
    { schema: { body: sharingSchema }, preHandler: asStudent },
    async (req, reply) => {
      const studentId = req.classAuth.studentId!;
      const ok = await inTransaction(pool, async (client) => {
        if (!(await lockStudent(client, studentId)).current) return false;
        await client.query('UPDATE class_students SET sharing = $1 WHERE id = $2', [req.body.sharing, studentId]);
        if (!req.body.sharing) await client.query('DELETE FROM class_summaries WHERE student_id = $1', [studentId]);
        await classViewChanged(client, req.classAuth.classId);
        return true;
      });
      if (!ok) return reply.code(401).send({ error: 'This device is not in that class any more.' });
      return { sharing: req.body.sharing };
    },
  );

  api.post('/classes/study/leave', { preValidation: noBody, preHandler: asStudent }, async (req, reply) => {
    const studentId = req.classAuth.studentId!;
    await inTransaction(pool, async (client) => {
      await lockStudent(client, studentId);
      await client.query('UPDATE class_students SET left_at = now() WHERE id = $1 AND left_at IS NULL', [studentId]);
      await client.query('DELETE FROM class_summaries WHERE student_id = $1', [studentId]);
      await classViewChanged(client, req.classAuth.classId);
    });
    return reply.code(204).send();
  });

  api.put<{ Body: ClassSummary }>(
    '/classes/study/summary',
    { schema: { body: summarySchema }, bodyLimit: SUMMARY_BODY_LIMIT, preHandler: asStudent },
    async (req, reply) => {
      const { classId, studentId } = req.classAuth;
      return inTransaction(pool, async (client) => {
        const me = await lockStudent(client, studentId!);
        if (!me.current) return reply.code(401).send({ error: 'This device is not in that class any more.' });
        if (!me.sharing)
          return reply.code(409).send({ error: 'Sharing is off for this class, so no summary is kept. Turn sharing on to send one.' });
        const today = Math.floor(Date.now() / 86_400_000);
        const problem = summaryProblem(req.body, await classDeckIds(client, classId, req.body.decks), today);
        if (problem) return reply.code(400).send({ error: problem });
        await client.query(
          `INSERT INTO class_summaries (student_id, class_id, active_days, decks) VALUES ($1, $2, $3, $4::json)
           ON CONFLICT (student_id) DO UPDATE SET active_days = EXCLUDED.active_days, decks = EXCLUDED.decks, pushed_at = now()`,
          [studentId, classId, req.body.activeDays14, JSON.stringify(storedDecks(req.body))],
        );
        await classViewChanged(client, classId);
        return reply.code(204).send();
      });
    },
  );

  // As deck sync's pull: only versions of transactions older than every running one are served (rule 2).
  api.get<{ Querystring: { cursor?: string; limit?: string } }>(
    '/classes/study/decks',
    { schema: { querystring: pullQuerySchema }, preHandler: asStudent },
    async (req) => {
      const [txid, seq] = (req.query.cursor ?? '0:0').split(':');
      const limit = Math.min(Number(req.query.limit ?? 5), MAX_PULL_DECKS);
      return withClient(pool, async (client) => {
        // A cursor from beyond this server's transaction counter means the database was replaced: start again.
        const future = await client.query<{ future: boolean }>('SELECT $1::xid8 >= pg_snapshot_xmax(pg_current_snapshot()) AS future', [
          txid,
        ]);
        const reset = future.rows[0]!.future;
        const from = reset ? ['0', '0'] : [txid, seq];
        const { rows } = await client.query<{ deck: Deck; hash: string; bytes: number; txid: string; seq: string }>(
          `SELECT deck, hash, bytes, txid::text AS txid, seq::text AS seq FROM class_decks
           WHERE class_id = $1 AND (txid, seq) > ($2::xid8, $3::bigint) AND txid < pg_snapshot_xmin(pg_current_snapshot())
           ORDER BY txid, seq LIMIT $4`,
          [req.classAuth.classId, from[0], from[1], limit],
        );
        let size = 0;
        const page = rows.filter((r, i) => (size += r.bytes) <= PULL_PAGE_BYTES || i === 0);
        const last = page[page.length - 1];
        return {
          decks: page.map((r) => ({ deck: r.deck, hash: r.hash })),
          cursor: last ? `${last.txid}:${last.seq}` : `${from[0]}:${from[1]}`,
          more: rows.length === limit || page.length < rows.length,
          reset,
        };
      });
    },
  );
}
