-- Imported decks, as immutable versions: one row per (space, deck, version), never updated. `hash` is the
-- sha256 of the deck's canonical text (the deck serializer's output), so the same version pushed again with
-- other content is recognised and refused. txid and seq are the pull cursor, under the same commit-safe
-- watermark as the reviews (rule 2).
CREATE TABLE deck_versions (
  space_id uuid NOT NULL REFERENCES spaces (id),
  deck_id text NOT NULL,
  version text NOT NULL,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  deck jsonb NOT NULL,
  hash text NOT NULL,
  -- Size of the canonical text in bytes, so a pull can stop a page before it grows too big.
  bytes integer NOT NULL,
  device_id uuid,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (space_id, deck_id, version)
);
CREATE INDEX deck_versions_pull ON deck_versions (space_id, txid, seq);
