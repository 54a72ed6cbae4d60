// Classes: start one, join one with its code, and the instructor's routes (rotate the code, close the class,
// remove a student, publish a deck version, the view). The student's own routes are in class-study-routes.ts.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import type { Deck } from '../src/deck/types';
import { instructorAuth, noBody } from './class-auth';
import { hashJoinSecret, newJoinCode, parseJoinCode, verifyJoinSecret } from './class-codes';
import { JoinLimit } from './class-join-limit';
import {
  MAX_CLASS_DECK_VERSIONS,
  MAX_CLASS_DECKS,
  joinClassSchema,
  publishSchema,
  startClassSchema,
  studentParamsSchema,
} from './class-schemas';
import type { StoredDecks } from './class-summary';
import { classView, type ViewStudent } from './class-view';
import { ClassViewCache, classViewChanged } from './class-view-cache';
import { newToken, tokenHash } from './credentials';
import { inTransaction } from './database';
import { checkPushedDeck } from './deck-checks';
import { DECK_PUSH_BODY_LIMIT } from './deck-schemas';
import { classStudyRoutes } from './class-study-routes';

interface Deps {
  pool: Pool;
  /** New classes per minute per address. */
  createPerMinute: number;
  /** Join attempts per minute per address, and per class. */
  joinPerMinute: number;
  joinPerClassPerMinute: number;
}

/** The one refusal for a wrong code, an unknown class and a closed class alike. */
const NOT_RIGHT = 'That join code is not right, or its class is closed. Check the code with your instructor.';
// Verified when no class has the label, so a wrong label takes as long as a wrong secret.
const DUMMY_HASH = await hashJoinSecret('not-a-class');

/** Takes the class's lock for this transaction: one publish, removal or close at a time per class. */
async function lockClass(client: PoolClient, classId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1::text, 1))', [classId]);
}

/** Adds a student to a class; returns their id and bearer token. Exported so the load benchmark can seed classes. */
export async function enrolStudent(
  pool: Pool,
  classId: string,
  displayName: string,
  sharing: boolean,
): Promise<{ studentId: string; token: string }> {
  const studentId = randomUUID();
  const token = newToken();
  await inTransaction(pool, async (client) => {
    await client.query('INSERT INTO class_students (id, class_id, display_name, token_hash, sharing) VALUES ($1, $2, $3, $4, $5)', [
      studentId,
      classId,
      displayName,
      tokenHash(token),
      sharing,
    ]);
    await classViewChanged(client, classId);
  });
  return { studentId, token };
}

/** Registers every class route under /classes. */
export async function classRoutes(api: FastifyInstance, deps: Deps): Promise<void> {
  const { pool } = deps;
  const asInstructor = instructorAuth(pool);
  const perClass = new JoinLimit(deps.joinPerClassPerMinute);
  const views = new ClassViewCache();

  api.post<{ Body: { name: string } }>(
    '/classes',
    { schema: { body: startClassSchema }, config: { rateLimit: { max: deps.createPerMinute, timeWindow: 60_000 } } },
    async (req, reply) => {
      const classId = randomUUID();
      const token = newToken();
      // A label is three random words; on the rare clash with an existing class, draw again.
      for (let attempt = 0; attempt < 20; attempt++) {
        const code = newJoinCode();
        const inserted = await pool.query(
          'INSERT INTO classes (id, name, label, secret_hash, instructor_token_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (label) DO NOTHING',
          [classId, req.body.name, code.label, await hashJoinSecret(code.secret), tokenHash(token)],
        );
        if (inserted.rowCount === 1) return reply.code(201).send({ classId, name: req.body.name, joinCode: code.code, token });
      }
      throw new Error('no free class label');
    },
  );

  api.post<{ Body: { code: string; displayName: string; sharing: boolean } }>(
    '/classes/join',
    { schema: { body: joinClassSchema }, config: { rateLimit: { max: deps.joinPerMinute, timeWindow: 60_000 } } },
    async (req, reply) => {
      const parsed = parseJoinCode(req.body.code);
      if (parsed && !perClass.attempt(parsed.label)) {
        return reply.code(429).send({ error: 'Too many tries to join this class in the last minute. Wait a minute, then try again.' });
      }
      const { rows } = parsed
        ? await pool.query<{ id: string; name: string; secret_hash: string }>(
            'SELECT id, name, secret_hash FROM classes WHERE label = $1 AND closed_at IS NULL',
            [parsed.label],
          )
        : { rows: [] };
      const found = rows[0];
      const right = parsed ? await verifyJoinSecret(parsed.secret, found?.secret_hash ?? DUMMY_HASH) : false;
      if (!found || !right) return reply.code(403).send({ error: NOT_RIGHT });
      const student = await enrolStudent(pool, found.id, req.body.displayName, req.body.sharing);
      return reply.code(201).send({ classId: found.id, className: found.name, ...student, sharing: req.body.sharing });
    },
  );

  api.post('/classes/teach/rotate', { preValidation: noBody, preHandler: asInstructor }, async (req) => {
    const { rows } = await pool.query<{ label: string }>('SELECT label FROM classes WHERE id = $1', [req.classAuth.classId]);
    const code = newJoinCode(rows[0]!.label);
    await pool.query('UPDATE classes SET secret_hash = $1 WHERE id = $2', [await hashJoinSecret(code.secret), req.classAuth.classId]);
    return { joinCode: code.code };
  });

  // Closing deletes every summary at once: nothing a student shared outlives the class.
  api.post('/classes/teach/close', { preValidation: noBody, preHandler: asInstructor }, async (req, reply) => {
    await inTransaction(pool, async (client) => {
      await lockClass(client, req.classAuth.classId);
      await client.query('DELETE FROM class_summaries WHERE class_id = $1', [req.classAuth.classId]);
      // A closed class is no longer offered to the instructor's devices paired later.
      await client.query('DELETE FROM space_classes WHERE class_id = $1', [req.classAuth.classId]);
      await client.query('UPDATE classes SET closed_at = now(), view_version = view_version + 1 WHERE id = $1', [req.classAuth.classId]);
    });
    return reply.code(204).send();
  });

  api.delete<{ Params: { id: string } }>(
    '/classes/teach/students/:id',
    { schema: { params: studentParamsSchema }, preValidation: noBody, preHandler: asInstructor },
    async (req, reply) => {
      const removed = await inTransaction(pool, async (client) => {
        const result = await client.query(
          'UPDATE class_students SET removed_at = now() WHERE id = $1 AND class_id = $2 AND removed_at IS NULL AND left_at IS NULL',
          [req.params.id, req.classAuth.classId],
        );
        await client.query('DELETE FROM class_summaries WHERE student_id = $1 AND class_id = $2', [req.params.id, req.classAuth.classId]);
        if (result.rowCount === 1) await classViewChanged(client, req.classAuth.classId);
        return result.rowCount === 1;
      });
      if (!removed) return reply.code(404).send({ error: 'No such student in this class.' });
      return reply.code(204).send();
    },
  );

  api.post<{ Body: { deck: Deck } }>(
    '/classes/teach/decks',
    { schema: { body: publishSchema }, bodyLimit: DECK_PUSH_BODY_LIMIT, preHandler: asInstructor },
    async (req, reply) => {
      const checked = checkPushedDeck(req.body.deck);
      if ('problem' in checked) return reply.code(400).send({ error: checked.problem });
      const { deck, hash, bytes } = checked;
      const { classId } = req.classAuth;
      return inTransaction(pool, async (client) => {
        await lockClass(client, classId);
        const held = await client.query<{ hash: string }>(
          'SELECT hash FROM class_decks WHERE class_id = $1 AND deck_id = $2 AND version = $3',
          [classId, deck.id, deck.version],
        );
        if (held.rows[0]) {
          if (held.rows[0].hash === hash) return reply.code(200).send({ deckId: deck.id, version: deck.version, published: false });
          return reply.code(409).send({
            error: `Version ${deck.version} of deck "${deck.id}" is already published with other content; give the changed deck a new Version: and import it again.`,
          });
        }
        const counts = await client.query<{ versions: number; decks: number; has: boolean }>(
          'SELECT count(*)::int AS versions, count(DISTINCT deck_id)::int AS decks, bool_or(deck_id = $2) AS has FROM class_decks WHERE class_id = $1',
          [classId, deck.id],
        );
        const c = counts.rows[0]!;
        if (c.versions >= MAX_CLASS_DECK_VERSIONS || (!c.has && c.decks >= MAX_CLASS_DECKS)) {
          return reply.code(409).send({
            error: `A class holds at most ${MAX_CLASS_DECKS} decks and ${MAX_CLASS_DECK_VERSIONS} versions; this one was not published.`,
          });
        }
        await client.query(
          `INSERT INTO class_decks (class_id, deck_id, version, deck, hash, bytes, card_ids, group_ids) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8)`,
          [classId, deck.id, deck.version, JSON.stringify(deck), hash, bytes, deck.cards.map((k) => k.id), deck.groups.map((g) => g.id)],
        );
        await classViewChanged(client, classId);
        return reply.code(201).send({ deckId: deck.id, version: deck.version, published: true });
      });
    },
  );

  // Served from the cache while the class's view_version (read by the credential check) and the day are unchanged.
  api.get('/classes/teach/view', { preHandler: asInstructor }, async (req, reply) => {
    const { classId, viewVersion } = req.classAuth;
    const now = new Date();
    const today = Math.floor(now.getTime() / 86_400_000);
    const cached = views.get(classId, viewVersion, today);
    if (cached !== undefined) return reply.type('application/json; charset=utf-8').send(cached);
    {
      // Three reads side by side, each on its own pooled connection.
      const [cls, students, groups] = await Promise.all([
        pool.query<{ name: string }>('SELECT name FROM classes WHERE id = $1', [classId]),
        pool.query<{
          id: string;
          display_name: string;
          sharing: boolean;
          joined_at: Date;
          active_days: number | null;
          pushed_at: Date | null;
          decks: StoredDecks | null;
        }>(
          `SELECT s.id, s.display_name, s.sharing, s.joined_at, m.active_days, m.pushed_at, m.decks
           FROM class_students s LEFT JOIN class_summaries m ON m.student_id = s.id
           WHERE s.class_id = $1 AND s.left_at IS NULL AND s.removed_at IS NULL ORDER BY s.joined_at, s.id`,
          [classId],
        ),
        // Groups come from each deck's newest published version.
        pool.query<{ deck_id: string; group_ids: string[] }>(
          `SELECT DISTINCT ON (deck_id) deck_id, group_ids FROM class_decks WHERE class_id = $1 ORDER BY deck_id, txid DESC, seq DESC`,
          [classId],
        ),
      ]);
      const viewStudents: ViewStudent[] = students.rows.map((s) => ({
        id: s.id,
        displayName: s.display_name,
        sharing: s.sharing,
        joinedAt: s.joined_at.toISOString(),
        summary: s.decks && s.pushed_at ? { activeDays14: s.active_days ?? 0, pushedAt: s.pushed_at.toISOString(), decks: s.decks } : null,
      }));
      const viewGroups = groups.rows.flatMap((r) => r.group_ids.map((groupId) => ({ deckId: r.deck_id, groupId })));
      const json = JSON.stringify(classView(cls.rows[0]!.name, viewStudents, viewGroups, now));
      views.set(classId, viewVersion, today, json);
      return reply.type('application/json; charset=utf-8').send(json);
    }
  });

  await classStudyRoutes(api, { pool });
}
