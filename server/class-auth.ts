// Class credentials: the instructor's token names their class, a student's token names their place in one.
// Either is a bearer token of 256 random bits, stored as its sha256 like a device token.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { tokenHash } from './credentials';

/** Who a class request comes from: the class, and the student when a student's token was sent. */
export interface ClassAuth {
  classId: string;
  studentId: string | null;
  sharing: boolean;
  /** The class's view_version as the instructor's credential check read it ('' for a student). */
  viewVersion: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    classAuth: ClassAuth;
  }
}

/** The message a request with a closed class's credential gets (410). */
export const CLOSED = 'This class has been closed by its instructor.';

function bearer(req: FastifyRequest): string | null {
  return /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
}

/** The preHandler of the instructor's routes: 401 for no or an unknown token, 410 once the class is closed. */
export function instructorAuth(pool: Pool) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = bearer(req);
    if (!token) return reply.code(401).send({ error: 'Start or open a class first (no class credential was sent).' });
    const { rows } = await pool.query<{ id: string; closed: boolean; view_version: string }>(
      'SELECT id, closed_at IS NOT NULL AS closed, view_version::text FROM classes WHERE instructor_token_hash = $1',
      [tokenHash(token)],
    );
    if (rows.length === 0) return reply.code(401).send({ error: 'This device is not the instructor of a class.' });
    if (rows[0]!.closed) return reply.code(410).send({ error: CLOSED });
    req.classAuth = { classId: rows[0]!.id, studentId: null, sharing: false, viewVersion: rows[0]!.view_version };
  };
}

/** The preHandler of the student's routes: 401 for no, an unknown, a left or a removed student's token; 410 once closed. */
export function studentAuth(pool: Pool) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = bearer(req);
    if (!token) return reply.code(401).send({ error: 'Join a class first (no class credential was sent).' });
    const { rows } = await pool.query<{ id: string; class_id: string; sharing: boolean; closed: boolean }>(
      `SELECT s.id, s.class_id, s.sharing, c.closed_at IS NOT NULL AS closed FROM class_students s JOIN classes c ON c.id = s.class_id
       WHERE s.token_hash = $1 AND s.left_at IS NULL AND s.removed_at IS NULL`,
      [tokenHash(token)],
    );
    if (rows.length === 0) return reply.code(401).send({ error: 'This device is not in that class any more.' });
    if (rows[0]!.closed) return reply.code(410).send({ error: CLOSED });
    req.classAuth = { classId: rows[0]!.class_id, studentId: rows[0]!.id, sharing: rows[0]!.sharing, viewVersion: '' };
  };
}

/** A preValidation hook for routes that take no body: any body at all is a 400, before anything changes. */
export async function noBody(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (req.body !== undefined && req.body !== null) await reply.code(400).send({ error: 'This request takes no body.' });
  else if (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0')
    await reply.code(400).send({ error: 'This request takes no body.' });
}
