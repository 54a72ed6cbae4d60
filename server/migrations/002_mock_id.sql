-- Grades given in a mock interview name the mock.
ALTER TABLE reviews ADD COLUMN mock_id text;
