// The meta key of the one-time refold, apart from its code: start-up reads the flag without loading the refold.

/** The meta key that says which fold every card has been refolded by. */
export const REFOLDED_KEY = 'upgrade:cardsRefolded';

/**
 * The fold the cached card rows match: `true` (stored before this number existed) is the fold that decides which
 * grades count as SM-2 repetitions; 2 adds the 100-year interval ceiling, so rows cached with a larger interval
 * (a forged backup imported before it) are refolded once.
 */
export const FOLD_VERSION = 2;
