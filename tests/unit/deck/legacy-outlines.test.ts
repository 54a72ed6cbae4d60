// The legacy outline fingerprints a build ships must be those of the deck version they name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/deck/parse';
import { LEGACY_OUTLINES } from '../../../src/deck/legacy-outlines';
import { outlineFingerprint } from '../../../src/deck/outline-fingerprint';
import type { Deck } from '../../../src/deck/types';

function deckFile(url: URL): Deck {
  const result = parseDeck(readFileSync(url, 'utf8'));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.deck;
}

const v1 = deckFile(new URL('../../e2e/fixtures/senior-python-v1.md', import.meta.url));
const current = deckFile(new URL('../../../data/decks/senior-python.md', import.meta.url));

describe('legacy outline fingerprints', () => {
  it('are exactly the version-1 senior deck: its version, every card, every outline', () => {
    const legacy = LEGACY_OUTLINES['senior-python'];
    expect(legacy.version).toBe(v1.version);
    expect(legacy.fingerprints).toEqual(Object.fromEntries(v1.cards.map((c) => [c.id, outlineFingerprint(c.outline)])));
  });

  it('tell the outlines the current deck changed from those it kept', () => {
    const fingerprints = LEGACY_OUTLINES['senior-python'].fingerprints;
    const changed = current.cards.filter((c) => fingerprints[c.id] !== outlineFingerprint(c.outline)).map((c) => c.id);
    expect(changed.sort()).toEqual([
      'api-versioning',
      'asyncio-concurrency',
      'cpu-bound-options',
      'hot-loops',
      'mp-threading-asyncio',
      'profiling-slow-service',
    ]);
  });

  it('differ when one point changes, even by a character', () => {
    expect(outlineFingerprint(['a', 'b'])).not.toBe(outlineFingerprint(['a', 'c']));
    expect(outlineFingerprint(['ab'])).not.toBe(outlineFingerprint(['a', 'b']));
    expect(outlineFingerprint(['a', 'b'])).toMatch(/^[0-9a-f]{8}$/);
  });
});
