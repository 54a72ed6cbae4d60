// A whole database as plain data, every table sorted by primary key, to compare before and after.
import type { RehearseDb } from '../../src/db/schema';

/** Every table's rows, by table name, in primary-key order. */
export async function dump(db: RehearseDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toCollection().toArray();
  return out;
}
