// The meta key of Stats' kept per-day totals, apart from the code that keeps them (first-load split: ARCHITECTURE.md).

/** The meta key of the kept totals. */
export const ACTIVITY_CACHE_KEY = 'stats:activity';
