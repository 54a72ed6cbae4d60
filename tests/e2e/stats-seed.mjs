// The small database of the Stats and plan browser tests: the built-in deck's 16 cards with 60-review
// histories. One seeder for every database (tests/e2e/perf-db.mjs); this name is kept for the tests that import it.
export { seedDeckHistory } from './perf-db.mjs';
