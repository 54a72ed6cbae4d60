-- Which grade is a day's SM-2 repetition is decided by the fold; rows no longer carry the mark.
ALTER TABLE reviews ALTER COLUMN counted DROP NOT NULL;
