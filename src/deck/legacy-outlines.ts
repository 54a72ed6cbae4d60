// What built-in decks said before the app kept a snapshot of them (the decks table, schema version 3): a device
// last used then has progress but no stored version to compare with, so its "Outline updated" marks come from here.

/** A built-in deck version shipped before snapshots existed: its version and each card's outline fingerprint. */
export interface LegacyOutlines {
  version: string;
  fingerprints: Readonly<Record<string, string>>;
}

/** By deck id; checked against the version-1 deck file by tests/unit/deck/legacy-outlines.test.ts. */
export const LEGACY_OUTLINES: Readonly<Record<string, LegacyOutlines>> = {
  'senior-python': {
    version: '2026.11.1',
    fingerprints: {
      gil: 'b6514f17',
      'mp-threading-asyncio': '640396b9',
      'asyncio-concurrency': '73d77617',
      'cpu-bound-options': '1d6eddd4',
      decorators: 'a4f7ef43',
      'generators-vs-lists': 'bb37a010',
      'context-managers': 'b087eaab',
      'args-kwargs': 'ee03e968',
      'profiling-slow-service': 'ab3839a1',
      'design-patterns': '103c7f52',
      caching: '0cf1ad4f',
      'hot-loops': 'a3f2c34a',
      'testing-external-deps': 'ca48cbee',
      'type-hints-mypy': '5285c31d',
      'api-versioning': 'aa0a142d',
      'junior-pr-review': 'c5781e6e',
    },
  },
};
