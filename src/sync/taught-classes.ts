// An instructor's classes on every device of their sync space: push the classes this device teaches that the
// space does not hold yet (or holds with an older join code), then pull the space's taught classes through the
// one paged pull; a class new here is kept as taught here, so /class shows it. Each credential pulled passes the
// same wire shape the server checked.
import { classKey, getClass, listClasses, saveClass, updateClass } from '../db/classes';
import type { RehearseDb } from '../db/schema';
import { taughtClass, type TaughtClass, type TaughtClassPage } from '../protocol/class';
import { api, SyncError, type Credential } from './api';
import { pullFeed } from './feed';

const PUSH_BATCH = 20;
const PAGE = 20;

/** Pushes this device's taught classes the space does not hold as they are here; returns how many it now holds. */
async function pushTaught(db: RehearseDb, c: Credential): Promise<number> {
  const waiting = (await listClasses(db)).filter(
    (r) => r.role === 'instructor' && r.joinCode && r.problem !== 'closed' && r.spaceHeld !== r.joinCode,
  );
  let held = 0;
  for (let i = 0; i < waiting.length; i += PUSH_BATCH) {
    const batch = waiting.slice(i, i + PUSH_BATCH);
    const classes: TaughtClass[] = batch.map((r) => ({ classId: r.classId, name: r.name, token: r.token, joinCode: r.joinCode! }));
    try {
      await api(c.server, 'POST', '/sync/classes', { token: c.token, body: { classes } });
    } catch (e) {
      // A class the server will not keep (closed, or the space is full) stays on this device; it is not offered again.
      if (!(e instanceof SyncError) || (e.status !== 403 && e.status !== 409 && e.status !== 400)) throw e;
    }
    for (const r of batch) await updateClass(db, r.key, { spaceHeld: r.joinCode! });
    held += batch.length;
  }
  return held;
}

/** Keeps a class pulled from the space: new here, or a newer join code or name for one this device teaches. */
async function keepTaught(db: RehearseDb, c: Credential, t: TaughtClass, now: number): Promise<boolean> {
  const key = classKey('instructor', t.classId);
  const here = await getClass(db, key);
  if (here) {
    if (here.joinCode === t.joinCode && here.name === t.name && here.token === t.token) return false;
    await updateClass(db, key, { joinCode: t.joinCode, name: t.name, token: t.token, spaceHeld: t.joinCode });
    return true;
  }
  await saveClass(db, {
    key,
    role: 'instructor',
    classId: t.classId,
    name: t.name,
    server: c.server,
    token: t.token,
    joinCode: t.joinCode,
    displayName: null,
    sharing: false,
    deckCursor: '0:0',
    deckIds: [],
    summaryDue: 0,
    summaryAt: 0,
    problem: '',
    joinedAt: now,
    spaceHeld: t.joinCode,
  });
  return true;
}

/** Syncs taught classes with the space; returns how many arrived or changed here. A server without them (404) is skipped. */
export async function syncTaughtClasses(db: RehearseDb, c: Credential, now: number): Promise<number> {
  let kept = 0;
  try {
    await pushTaught(db, c);
    await pullFeed<TaughtClassPage>(db, c, {
      path: '/sync/classes',
      cursorKey: 'classCursor',
      limit: PAGE,
      apply: async (page) => {
        for (const t of page.classes)
          if (taughtClass.problem(t, now) === null && (await keepTaught(db, c, taughtClass.pick(t), now))) kept++;
      },
    });
  } catch (e) {
    if (e instanceof SyncError && e.status === 404) return 0;
    throw e;
  }
  return kept;
}
