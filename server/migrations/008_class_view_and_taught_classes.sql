-- The instructor's view is cached per class and keyed by this counter: every write that changes what the view
-- shows (a join, a summary pushed, sharing turned off, a student leaving or removed, a deck published, the class
-- closed) adds one to it in the same transaction, so a cached view is served only while nothing it shows changed.
ALTER TABLE classes ADD COLUMN view_version bigint NOT NULL DEFAULT 0;
