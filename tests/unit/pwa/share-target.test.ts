import { describe, expect, it } from 'vitest';
import { SHARE_ACTION, SHARED_CACHE, SHARED_KEY, isShareTarget, receiveSharedDeck } from '../../../src/pwa/share-target';

// The service worker gets these functions as source text, so their literals must match the exported names the page reads.
describe('share target', () => {
  it('the worker-side functions write out the same cache, key and action as the page uses', () => {
    // As a quoted literal in either quote style (the build may rewrite quotes).
    const literal = (text: string): RegExp => new RegExp(`['"]${text}['"]`);
    const source = receiveSharedDeck.toString();
    expect(source).toMatch(literal(SHARED_CACHE));
    expect(source).toMatch(literal(SHARED_KEY));
    expect(isShareTarget.toString()).toMatch(literal(SHARE_ACTION));
  });

  it('matches only the share action', () => {
    expect(isShareTarget({ url: new URL(`https://rehearse.example${SHARE_ACTION}`) })).toBe(true);
    expect(isShareTarget({ url: new URL('https://rehearse.example/decks') })).toBe(false);
    expect(isShareTarget({ url: new URL(`https://rehearse.example${SHARE_ACTION}/more`) })).toBe(false);
  });
});
