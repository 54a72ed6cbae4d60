// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // the session summary reads readiness from the database
// The review screen as a user drives it, with storage and the clock passed in: reveal, tick, grade, the
// double-tap guard on Undo, a failed save, keyboard shortcuts and the end of the session.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Card, Deck } from '../../../../src/deck/types';
import { Review } from '../../../../src/screens/review/review';
import type { SessionStorage } from '../../../../src/screens/review/use-review-session';
import { currentDeck } from '../../../../src/state/deck';
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
  version: '1',
  description: '',
  groups: [{ id: 'g', title: 'Group G' }],
  cards: [card('a', 'First question?'), card('b', 'Second question?')],
  interview: null,
};

/** Storage that records every call; `fail` makes the next record calls reject. */
function fakeStorage() {
  const calls: string[] = [];
  let next = 0;
  const failures: unknown[] = [];
  const storage: SessionStorage = {
    record: vi.fn(async (w) => {
      calls.push(`record ${w.cardId} ${w.grade} [${w.ticked.join(',')}]`);
      const failure = failures.shift();
      if (failure) throw failure;
      return `row-${++next}`;
    }),
    takeBack: vi.fn(async (id: string) => void calls.push(`takeBack ${id}`)),
    describe: (e) => (e as Error).message,
  };
  return { storage, calls, fail: (error: Error) => failures.push(error) };
}

function setup(extra: { onDone?: () => void } = {}) {
  currentDeck.set(deck); // the session summary reads the deck registry
  let time = 1000;
  const clock = { now: () => time, advance: (ms: number) => (time += ms) };
  const fake = fakeStorage();
  render(
    <LocationProvider>
      <Review
        deck={deck}
        cardIds={['a', 'b']}
        againIds={[]}
        mode="review"
        title="Review"
        storage={fake.storage}
        now={clock.now}
        slipMs={400}
        {...extra}
      />
    </LocationProvider>,
  );
  return { ...fake, clock };
}

const prompt = () => document.getElementById('prompt')?.textContent;
const undoButton = () => screen.getByRole('button', { name: /Undo last grade/ });

afterEach(cleanup);

describe('the review screen', () => {
  it('shows the question, then the outline; ticks suggest a grade; a grade shows the next card and is saved', async () => {
    const { calls } = setup();
    expect(prompt()).toBe('First question?');
    expect(screen.getByText('Card 1 of 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Show answer/ }));
    const boxes = screen.getAllByRole('checkbox');
    [0, 1, 2, 3].forEach((i) => fireEvent.click(boxes[i]));
    expect(document.querySelector('[data-suggested="true"]')?.getAttribute('data-grade')).toBe('4');
    fireEvent.click(document.querySelector('button[data-grade="4"]')!);
    expect(prompt()).toBe('Second question?');
    await waitFor(() => expect(document.querySelector('.status-line')?.textContent).toBe('Saved: 4 · Good.'));
    expect(calls).toEqual(['record a 4 [0,1,2,3]']);
  });

  it('ignores a tap on Undo right after a grade (a double tap), and undoes a later one exactly', async () => {
    const { calls, clock } = setup();
    fireEvent.click(screen.getByRole('button', { name: /Show answer/ }));
    fireEvent.click(screen.getAllByRole('checkbox')[2]);
    fireEvent.click(document.querySelector('button[data-grade="2"]')!);
    clock.advance(150);
    fireEvent.click(undoButton());
    expect(prompt()).toBe('Second question?');
    await waitFor(() => expect(document.querySelector('.status-line')?.getAttribute('data-saving')).toBe('0'));
    clock.advance(1000);
    fireEvent.click(undoButton());
    expect(prompt()).toBe('First question?');
    expect(screen.getAllByRole('checkbox').map((b) => (b as HTMLInputElement).checked)).toEqual([false, false, true, false, false]);
    await waitFor(() => expect(calls).toEqual(['record a 2 [2]', 'takeBack row-1']));
  });

  it('a failed save brings the card back with its ticks and says why; grading again saves it', async () => {
    const { calls, fail } = setup();
    fail(new Error('your device is out of storage space'));
    fireEvent.click(screen.getByRole('button', { name: /Show answer/ }));
    fireEvent.click(screen.getAllByRole('checkbox')[0]);
    fireEvent.click(document.querySelector('button[data-grade="5"]')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Your grade for this card could not be saved: your device is out of storage space. Nothing was changed; please grade it again.',
    );
    expect(prompt()).toBe('First question?');
    expect((screen.getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(document.querySelector('button[data-grade="5"]')!);
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(calls).toEqual(['record a 5 [0]', 'record a 5 [0]']));
  });

  it('keys: Space shows the answer, a held key does nothing more, a digit grades, U undoes', async () => {
    const { calls, clock } = setup();
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    clock.advance(1000);
    fireEvent.keyDown(document.body, { key: 'Enter', repeat: true });
    expect(prompt()).toBe('First question?');
    fireEvent.keyDown(document.body, { key: '3' });
    expect(prompt()).toBe('Second question?');
    expect(screen.getByText(/That card comes back later this session/)).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'u' });
    expect(prompt()).toBe('First question?');
    await waitFor(() => expect(calls).toEqual(['record a 3 []', 'takeBack row-1']));
  });

  it('ends with a summary, and says the session is done once', async () => {
    const onDone = vi.fn();
    const { clock } = setup({ onDone });
    for (const expected of ['First question?', 'Second question?']) {
      expect(prompt()).toBe(expected);
      fireEvent.keyDown(document.body, { key: 'Enter' });
      clock.advance(1000);
      fireEvent.keyDown(document.body, { key: '5' });
    }
    expect(screen.getByRole('heading', { name: 'Session complete' })).toBeTruthy();
    expect(screen.getByText('2 cards done. Every grade is saved.')).toBeTruthy();
    expect(onDone).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.querySelector('.status-line')?.getAttribute('data-saving')).toBe('0'));
  });
});
