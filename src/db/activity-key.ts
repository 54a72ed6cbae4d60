// The meta key of Stats' kept per-day totals, apart from the code that keeps them: the first load reads only
// whether they exist (src/main.tsx), and this keeps that code out of its chunk.

/** The meta key of the kept totals. */
export const ACTIVITY_CACHE_KEY = 'stats:activity';
