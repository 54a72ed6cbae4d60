// The meta key of the one-time refold, apart from its code: start-up reads the flag without loading the refold.

/** The meta key that says every card has been refolded by the fold of issue 14. */
export const REFOLDED_KEY = 'upgrade:cardsRefolded';
