// The review row in PostgreSQL: one column per field of the row's one definition (src/protocol/review-row.ts).
// The table below must name every field (TypeScript refuses one left out), and the SQL of push and pull is
// built from it, so a field added to the row cannot be dropped silently on its way through the server.
import type { ReviewRow } from '../src/protocol/review-row';

const COLUMNS: { readonly [K in keyof Required<ReviewRow>]: readonly [column: string, sqlType: string] } = {
  id: ['id', 'text'],
  deckId: ['deck_id', 'text'],
  cardId: ['card_id', 'text'],
  cardKey: ['card_key', 'text'],
  time: ['time', 'double precision'],
  day: ['day', 'integer'],
  grade: ['grade', 'smallint'],
  pointCount: ['point_count', 'integer'],
  ticked: ['ticked', 'integer[]'],
  coverage: ['coverage', 'double precision'],
  durationMs: ['duration_ms', 'double precision'],
  mode: ['mode', 'text'],
  counted: ['counted', 'boolean'],
  mockId: ['mock_id', 'text'],
  choice: ['choice', 'smallint'],
};

const fields = Object.entries(COLUMNS);

/** The SELECT list that reads rows back under their wire names. */
export const REVIEW_SELECT = fields.map(([key, [column]]) => `${column} AS "${key}"`).join(', ');

/** The table's columns, in the order INSERT_VALUES gives them. */
export const REVIEW_INSERT_COLUMNS = fields.map(([, [column]]) => column).join(', ');

/** The pushed rows' values, read from `jsonb_to_recordset(...) AS r(REVIEW_RECORDSET)`. */
export const REVIEW_INSERT_VALUES = fields.map(([key]) => `r."${key}"`).join(', ');

/** The column definitions of the pushed rows' JSON, for jsonb_to_recordset. */
export const REVIEW_RECORDSET = fields.map(([key, [, type]]) => `"${key}" ${type}`).join(', ');

/** A row as read from the table, as the wire carries it: optional fields the row does not have are left out, not null. */
export function wireRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key] of fields) if (row[key] !== null && row[key] !== undefined) out[key] = row[key];
  return out;
}
