-- The instructor's view is cached per class and keyed by this counter: every write that changes what the view
-- shows (a join, a summary pushed, sharing turned off, a student leaving or removed, a deck published, the class
-- closed) adds one to it in the same transaction, so a cached view is served only while nothing it shows changed.
ALTER TABLE classes ADD COLUMN view_version bigint NOT NULL DEFAULT 0;

-- The classes an instructor teaches, kept in their sync space so their paired devices can open the class too:
-- the class credential (id, name, instructor token, join code) as the app holds it, served only to devices of
-- this space and pulled after a (txid, seq) cursor like every other feed. A new join code replaces the row.
CREATE TABLE space_classes (
  space_id uuid NOT NULL REFERENCES spaces (id),
  class_id uuid NOT NULL REFERENCES classes (id),
  device_id uuid NOT NULL REFERENCES devices (id),
  credential jsonb NOT NULL,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (space_id, class_id)
);
CREATE INDEX space_classes_pull ON space_classes (space_id, txid, seq);
