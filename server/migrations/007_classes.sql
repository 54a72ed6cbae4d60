-- Classes: an instructor publishes deck versions to a cohort; students join with a code and may share a
-- summary of their progress on the class's decks. Only hashes of codes and tokens are stored.
CREATE TABLE classes (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  -- The public part of the join code (three words), stored as is so a code can be looked up.
  label text NOT NULL UNIQUE,
  -- scrypt of the secret part of the join code: "salt:hash" (hex).
  secret_hash text NOT NULL,
  -- sha256 of the instructor's bearer token (32 random bytes).
  instructor_token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);

CREATE TABLE class_students (
  id uuid PRIMARY KEY,
  class_id uuid NOT NULL REFERENCES classes (id),
  display_name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  sharing boolean NOT NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz,
  -- Set when the student leaves or the instructor removes them: the token is dead from then on.
  left_at timestamptz,
  removed_at timestamptz
);
CREATE INDEX class_students_class ON class_students (class_id);

-- Deck versions published to a class: immutable, pulled after a (txid, seq) cursor like deck sync.
-- card_ids and group_ids are the version's own, so a summary's ids are checked without reading the deck.
CREATE TABLE class_decks (
  class_id uuid NOT NULL REFERENCES classes (id),
  deck_id text NOT NULL,
  version text NOT NULL,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  deck jsonb NOT NULL,
  hash text NOT NULL,
  bytes integer NOT NULL,
  card_ids text[] NOT NULL,
  group_ids text[] NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (class_id, deck_id, version)
);
CREATE INDEX class_decks_pull ON class_decks (class_id, txid, seq);

-- A sharing student's latest summary: one row per student, replaced on each push, deleted when they stop
-- sharing, leave or are removed, or the class closes. `decks` is the validated summary (per deck its
-- version, per card the SM-2 state, per group readiness); the instructor's view reads a class's rows at once.
-- `json`, not `jsonb`: nothing queries inside it, and json goes out as the stored text with no conversion
-- (the view of a 200-student class reads every row).
CREATE TABLE class_summaries (
  student_id uuid PRIMARY KEY REFERENCES class_students (id),
  class_id uuid NOT NULL REFERENCES classes (id),
  active_days smallint NOT NULL,
  decks json NOT NULL,
  pushed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX class_summaries_class ON class_summaries (class_id);
