// Imported decks as immutable versions: push (each (deck, version) stored once, never overwritten) and pull
// after a (txid, seq) cursor under the commit-safe watermark (rule 2); always in the credential's space.
import type { FastifyInstance } from 'fastify';
import type { Pool, PoolClient } from 'pg';
import type { Authenticate } from './app';
import { inTransaction, withClient } from './database';
import { pullPage, type Feed, type PageQuery } from './paged-pull';
import { checkPushedDeck, type CheckedDeck } from './deck-checks';
import { DECK_PUSH_BODY_LIMIT, deckPushSchema } from './deck-schemas';
import { lockSpace } from './retractions';
import { pullQuerySchema } from './schemas';
import type { Deck } from '../src/deck/types';
import type { DeckPage } from '../src/protocol/feeds';

/** The most deck versions one sync space keeps (each at most 1 MB of text). */
export const MAX_DECK_VERSIONS = 200;

/** The size after which a pull page stops early. */
const PULL_PAGE_BYTES = 3_000_000;

/** Deck versions as a feed: pages of 5 unless the device asks for up to 20. */
export const DECK_FEED: Feed = { table: 'deck_versions', columns: 'deck, hash, bytes', defaultLimit: 5, maxLimit: 20 };

/** A stored version as a pull page reads it. */
interface StoredVersion {
  deck: Deck;
  hash: string;
  bytes: number;
}

interface Deps {
  pool: Pool;
  authenticate: Authenticate;
  maxDeckVersions: number;
}

/** A pushed version the space holds, or one it refused, and why. */
interface VersionRef {
  id: string;
  version: string;
}
type Refused = VersionRef & { problem: string };

/**
 * Stores one checked version unless the space holds it already (ON CONFLICT DO NOTHING): held when the
 * stored content is the same, refused when that version is stored with other content or the space is full.
 */
async function storeVersion(
  client: PoolClient,
  spaceId: string,
  deviceId: string,
  d: CheckedDeck,
  room: { left: number; limit: number },
): Promise<Refused | null> {
  const ref = { id: d.deck.id, version: d.deck.version };
  const stored = await client.query<{ hash: string }>(
    'SELECT hash FROM deck_versions WHERE space_id = $1 AND deck_id = $2 AND version = $3',
    [spaceId, ref.id, ref.version],
  );
  const hash = stored.rows[0]?.hash;
  if (hash !== undefined) {
    return hash === d.hash
      ? null
      : {
          ...ref,
          problem: `version ${ref.version} of deck "${ref.id}" is already synced with other content; give the changed deck a new Version: and import it again`,
        };
  }
  if (room.left <= 0)
    return {
      ...ref,
      problem: `this sync space already keeps the most deck versions it may (${room.limit}); this version stays on this device`,
    };
  await client.query(
    `INSERT INTO deck_versions (space_id, device_id, deck_id, version, deck, hash, bytes) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
     ON CONFLICT (space_id, deck_id, version) DO NOTHING`,
    [spaceId, deviceId, ref.id, ref.version, JSON.stringify(d.deck), d.hash, d.bytes],
  );
  room.left--;
  return null;
}

/** Registers POST /sync/decks (push versions) and GET /sync/decks (pull versions after a cursor). */
export async function deckRoutes(api: FastifyInstance, { pool, authenticate, maxDeckVersions }: Deps): Promise<void> {
  api.post<{ Body: { decks: Deck[] } }>(
    '/sync/decks',
    { schema: { body: deckPushSchema }, bodyLimit: DECK_PUSH_BODY_LIMIT, preHandler: authenticate },
    async (req, reply) => {
      const checked: CheckedDeck[] = [];
      for (const pushed of req.body.decks) {
        const c = checkPushedDeck(pushed);
        // `refused` names the version at fault, so the device keeps that one local and stops offering it.
        if ('problem' in c) return reply.code(400).send({ error: c.problem, refused: { id: pushed.id, version: pushed.version } });
        checked.push(c);
      }
      const { spaceId, deviceId } = req.device;
      return inTransaction(pool, async (client) => {
        // One push at a time per space, so two devices cannot both take the last free place.
        await lockSpace(client, spaceId);
        const count = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM deck_versions WHERE space_id = $1', [spaceId]);
        const room = { left: maxDeckVersions - count.rows[0]!.n, limit: maxDeckVersions };
        const held: VersionRef[] = [];
        const refused: Refused[] = [];
        for (const d of checked) {
          const problem = await storeVersion(client, spaceId, deviceId, d, room);
          if (problem) refused.push(problem);
          else held.push({ id: d.deck.id, version: d.deck.version });
        }
        return { held, refused };
      });
    },
  );

  // Rule 2, through the one paged pull every feed uses; a page stops early once it is big (decks may be
  // 1 MB each), and the rest comes with the next page.
  api.get<{ Querystring: PageQuery }>(
    '/sync/decks',
    { schema: { querystring: pullQuerySchema }, preHandler: authenticate },
    async (req): Promise<DeckPage<Deck>> => {
      const fit = (rows: StoredVersion[]) => {
        let size = 0;
        const over = rows.findIndex((r) => (size += r.bytes) > PULL_PAGE_BYTES);
        return over === -1 ? rows.length : over;
      };
      const { rows, ...page } = await withClient(pool, (client) => pullPage(client, DECK_FEED, req.device.spaceId, req.query, fit));
      return { decks: rows.map((r) => ({ deck: r.deck, hash: r.hash })), ...page };
    },
  );
}
