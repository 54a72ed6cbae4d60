// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
// "Outline updated" (issue 10): a card whose outline a deck update changed says so the next time a review
// shows it, keeps the badge while it is on screen, and once its answer is revealed the mark is cleared in
// IndexedDB and in memory, so the card says it once.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it } from 'vitest';
import type { Card, Deck } from '../../../../src/deck/types';
import { Review } from '../../../../src/screens/review/review';
import type { SessionStorage } from '../../../../src/screens/review/use-review-session';
import { currentDeck, deckEntry, deckList } from '../../../../src/state/deck';
import { db } from '../../../../src/db/instance';
import { OUTLINE_DRILL_FIELDS } from '../../../../src/deck/drill';

const card = (id: string, prompt: string): Card => ({
  id,
  group: 'g',
  prompt,
  tags: [],
  outline: ['one', 'two', 'three', 'four', 'five'],
  followUps: ['f1', 'f2'],
  redFlags: ['r1', 'r2'],
  seniorSignal: 'signal',
  examples: [],
  sources: [],
  ...OUTLINE_DRILL_FIELDS,
});
const deck: Deck = {
  id: 'd',
  title: 'D',
  version: '2',
  description: '',
  groups: [{ id: 'g', title: 'Group G' }],
  cards: [card('a', 'First?'), card('b', 'Second?')],
  interview: null,
};
const storage: SessionStorage = { record: async () => 'row', takeBack: async () => undefined, describe: () => 'failed' };
const badge = (): Element | null => [...document.querySelectorAll('.badge')].find((b) => b.textContent === 'Outline updated') ?? null;
const prompt = (): string | null | undefined => document.getElementById('prompt')?.textContent;

afterEach(cleanup);

describe('outline updated', () => {
  it('shows the badge on the changed card only, keeps it while shown, and clears the mark once the answer is revealed', async () => {
    await db.decks.put({ id: 'd', origin: 'imported', deck, addedAt: 1, removed: false, outlineUpdated: ['a'] });
    deckList.set([{ deck, builtin: false, removed: false, outlineUpdated: new Set(['a']) }]);
    currentDeck.set(deck);
    render(
      <LocationProvider>
        <Review deck={deck} cardIds={['a', 'b']} againIds={[]} mode="review" title="Review" storage={storage} />
      </LocationProvider>,
    );
    expect(prompt()).toBe('First?');
    expect(badge()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Show answer/ }));
    expect(badge(), 'still there while the new outline is read').not.toBeNull();
    await waitFor(async () => expect((await db.decks.get('d'))?.outlineUpdated).toEqual([]));
    expect(deckEntry('d')?.outlineUpdated.has('a')).toBe(false);
    fireEvent.click(document.querySelector('button[data-grade="4"]')!);
    expect(prompt()).toBe('Second?');
    expect(badge(), 'an unchanged card has no badge').toBeNull();
  });
});
