// A signal between the lazily loaded sync client and the deck list, which cannot import each other.

import { createStore } from './store';

/** Counts the syncs that stored deck versions from another device; the app reads its decks again on a change. */
export const syncedDeckWrites = createStore(0);
