// Sync spaces and devices: create a space, pair a device with a code, list and revoke devices, rotate the code.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import type { Authenticate } from './app';
import { hashSecret, newPairing, newToken, parseCode, tokenHash, verifySecret } from './credentials';
import { createSpaceSchema, deviceParamsSchema, pairSchema } from './schemas';

interface Deps {
  pool: Pool;
  authenticate: Authenticate;
  pairPerMinute: number;
  createPerMinute: number;
}

async function addDevice(pool: Pool, spaceId: string, name: string): Promise<{ deviceId: string; token: string }> {
  const deviceId = randomUUID();
  const token = newToken();
  await pool.query('INSERT INTO devices (id, space_id, name, token_hash) VALUES ($1, $2, $3, $4)', [
    deviceId,
    spaceId,
    name,
    tokenHash(token),
  ]);
  return { deviceId, token };
}

/** Registers the space and device routes. */
export async function spaceRoutes(api: FastifyInstance, { pool, authenticate, pairPerMinute, createPerMinute }: Deps): Promise<void> {
  api.post<{ Body: { deviceName: string } }>(
    '/spaces',
    { schema: { body: createSpaceSchema }, config: { rateLimit: { max: createPerMinute, timeWindow: 60_000 } } },
    async (req, reply) => {
      const spaceId = randomUUID();
      // A label is three random words; on the rare clash with an existing space, draw again.
      for (let attempt = 0; ; attempt++) {
        const pairing = newPairing();
        const inserted = await pool.query(
          'INSERT INTO spaces (id, label, secret_hash) VALUES ($1, $2, $3) ON CONFLICT (label) DO NOTHING',
          [spaceId, pairing.label, hashSecret(pairing.secret)],
        );
        if (inserted.rowCount === 1) {
          const device = await addDevice(pool, spaceId, req.body.deviceName);
          return reply.code(201).send({ spaceId, ...device, pairingCode: pairing.code });
        }
        if (attempt > 20) throw new Error('no free space label');
      }
    },
  );

  api.post<{ Body: { code: string; deviceName: string } }>(
    '/pair',
    { schema: { body: pairSchema }, config: { rateLimit: { max: pairPerMinute, timeWindow: 60_000 } } },
    async (req, reply) => {
      const parsed = parseCode(req.body.code);
      const { rows } = parsed
        ? await pool.query<{ id: string; secret_hash: string }>('SELECT id, secret_hash FROM spaces WHERE label = $1', [parsed.label])
        : { rows: [] };
      const space = rows[0];
      if (!parsed || !space || !verifySecret(parsed.secret, space.secret_hash)) {
        return reply.code(403).send({ error: 'That pairing code is not right. Check the words on your other device.' });
      }
      return reply.code(201).send({ spaceId: space.id, ...(await addDevice(pool, space.id, req.body.deviceName)) });
    },
  );

  api.get('/devices', { preHandler: authenticate }, async (req) => {
    const { rows } = await pool.query(
      `SELECT id, name, created_at AS "createdAt", last_seen AS "lastSeen" FROM devices
       WHERE space_id = $1 AND revoked_at IS NULL ORDER BY created_at`,
      [req.device.spaceId],
    );
    return { devices: rows.map((d: { id: string }) => ({ ...d, current: d.id === req.device.deviceId })) };
  });

  api.delete<{ Params: { id: string } }>(
    '/devices/:id',
    { schema: { params: deviceParamsSchema }, preHandler: authenticate },
    async (req, reply) => {
      const result = await pool.query('UPDATE devices SET revoked_at = now() WHERE id = $1 AND space_id = $2 AND revoked_at IS NULL', [
        req.params.id,
        req.device.spaceId,
      ]);
      if (result.rowCount === 0) return reply.code(404).send({ error: 'No such device in this sync space.' });
      return reply.code(204).send();
    },
  );

  api.post('/space/rotate', { preHandler: authenticate }, async (req) => {
    const { rows } = await pool.query<{ label: string }>('SELECT label FROM spaces WHERE id = $1', [req.device.spaceId]);
    const pairing = newPairing(rows[0]!.label);
    await pool.query('UPDATE spaces SET secret_hash = $1 WHERE id = $2', [hashSecret(pairing.secret), req.device.spaceId]);
    return { pairingCode: pairing.code };
  });
}
