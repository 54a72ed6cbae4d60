// The instructor's view, cached per class as the JSON it answers with. Each entry carries the class's
// view_version (migration 008) it was computed at and the day it was computed on: every write the view shows
// bumps the version in its own transaction, so a request whose credential check read a newer version (or on
// a new day, when "inactive" changes) computes again. The version is read before the view's rows, so an
// entry's rows are never older than its version says.
import type { PoolClient } from 'pg';

/** How many classes' views are kept (a 200-student view is about 63 kB). */
export const VIEW_CACHE_CLASSES = 200;

interface Entry {
  version: string;
  today: number;
  json: string;
}

/** Marks a change to what the class's view shows. Call it last in the write's transaction (see lock order below). */
export async function classViewChanged(client: PoolClient, classId: string): Promise<void> {
  // Last, so the class row is the final lock every writer takes: a writer holding it never waits for another lock,
  // which keeps the student-row and summary-row locks taken before it free of deadlocks.
  await client.query('UPDATE classes SET view_version = view_version + 1 WHERE id = $1', [classId]);
}

/** Views by class id, least recently used first. */
export class ClassViewCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = VIEW_CACHE_CLASSES) {}

  /** The cached view's JSON, if it was computed at this version on this day. */
  get(classId: string, version: string, today: number): string | undefined {
    const entry = this.entries.get(classId);
    if (!entry || entry.version !== version || entry.today !== today) return undefined;
    this.entries.delete(classId);
    this.entries.set(classId, entry);
    return entry.json;
  }

  /** Keeps a view computed from rows read after version `version` was seen. */
  set(classId: string, version: string, today: number, json: string): void {
    const held = this.entries.get(classId);
    // Never replace a newer entry with an older computation that finished later.
    if (held && BigInt(held.version) > BigInt(version)) return;
    this.entries.delete(classId);
    this.entries.set(classId, { version, today, json });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
