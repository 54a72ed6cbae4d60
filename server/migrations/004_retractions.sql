-- Retractions: review ids deleted on purpose (undo, a deck's "delete its progress too", Reset progress).
-- A retracted id's row is deleted and never stored again in that space. txid and seq are the pull cursor,
-- under the same commit-safe watermark as the reviews (rule 2).
CREATE TABLE retractions (
  space_id uuid NOT NULL REFERENCES spaces (id),
  id text NOT NULL,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  device_id uuid,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (space_id, id)
);
CREATE INDEX retractions_pull ON retractions (space_id, txid, seq);
