-- Sync spaces, their devices, the review log and settings. Every row carries the space it belongs to.
CREATE TABLE spaces (
  id uuid PRIMARY KEY,
  -- The readable part of the pairing code, stored as is so a code can be looked up.
  label text NOT NULL UNIQUE,
  -- scrypt of the secret part of the pairing code: "salt:hash" (hex). The secret itself is never stored.
  secret_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE devices (
  id uuid PRIMARY KEY,
  space_id uuid NOT NULL REFERENCES spaces (id),
  name text NOT NULL,
  -- sha256 of the device's bearer token (32 random bytes, so a fast hash is enough).
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz,
  revoked_at timestamptz
);
CREATE INDEX devices_space ON devices (space_id);

-- The review log: grow-only, immutable rows. txid and seq are the pull cursor (rule 2).
CREATE TABLE reviews (
  space_id uuid NOT NULL REFERENCES spaces (id),
  id text NOT NULL,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  card_key text NOT NULL,
  deck_id text NOT NULL,
  card_id text NOT NULL,
  time double precision NOT NULL,
  day integer NOT NULL,
  grade smallint NOT NULL,
  ticked integer[] NOT NULL,
  point_count integer NOT NULL,
  coverage double precision NOT NULL,
  duration_ms double precision NOT NULL,
  mode text NOT NULL,
  counted boolean NOT NULL,
  device_id uuid,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (space_id, id)
);
CREATE INDEX reviews_pull ON reviews (space_id, txid, seq);
CREATE INDEX reviews_day ON reviews (space_id, day);

-- Settings, last writer wins per key (updated_at is the writing device's clock, in ms).
CREATE TABLE settings (
  space_id uuid NOT NULL REFERENCES spaces (id),
  key text NOT NULL,
  value jsonb NOT NULL,
  updated_at bigint NOT NULL,
  PRIMARY KEY (space_id, key)
);
