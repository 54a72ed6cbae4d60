-- Drill cards: their grades have no outline (point_count 0, nothing ticked) and may record the choice the
-- learner picked (0-based, at most four choices). A choice belongs only to a drill card's grade.
ALTER TABLE reviews ADD COLUMN choice smallint;
ALTER TABLE reviews ADD CONSTRAINT reviews_choice CHECK (choice IS NULL OR (choice BETWEEN 0 AND 3 AND point_count = 0));
