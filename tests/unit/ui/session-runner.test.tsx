// @vitest-environment happy-dom
// The session runner shared by the review and the mock: writes in order, a failed save rolls the screen back, keys.
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { gradeNotSavedText, runEngine, useSessionKeys, type SessionEngine, type SessionRunner } from '../../../src/ui/session-runner';
import { isPending, startMockRun, stepMockRun, type MockRun, type MockRunAction, type MockWrite } from '../../../src/srs/mock-run';
import { startProgress } from '../../../src/srs/mock-session';
import type { MockQuestion } from '../../../src/srs/mock-compose';
import { startSession } from '../../../src/srs/session';
import { keyAction, type KeyPress } from '../../../src/srs/session-keys';

afterEach(cleanup);

/** A promise with its settle functions, to finish writes in any order the test chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (cause: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

// A counter session: each 'add' shows at once and asks for one write; a failed write subtracts it again.
type Counter = { value: number; failed: string[] };
type CounterAction = { type: 'add'; n: number } | { type: 'failed'; n: number; reason: string };
const counter = (write: (n: number) => Promise<unknown>): SessionEngine<Counter, CounterAction, number> => ({
  step: (s, a) =>
    a.type === 'add' ? [{ ...s, value: s.value + a.n }, [a.n]] : [{ value: s.value - a.n, failed: [...s.failed, a.reason] }, []],
  write,
  settled: (n, outcome) => (outcome.ok ? null : { type: 'failed', n, reason: outcome.reason }),
  describe: (e) => (e as Error).message,
});

describe('runEngine', () => {
  it('starts each write only after the one before it has settled, in dispatch order', async () => {
    const started: number[] = [];
    const pending = new Map<number, ReturnType<typeof deferred<void>>>();
    const runner = runEngine(
      { value: 0, failed: [] },
      counter((n) => {
        started.push(n);
        const d = deferred<void>();
        pending.set(n, d);
        return d.promise;
      }),
    );
    runner.dispatch({ type: 'add', n: 1 });
    runner.dispatch({ type: 'add', n: 2 });
    runner.dispatch({ type: 'add', n: 3 });
    expect(runner.store.get().value).toBe(6); // the screen moves at once
    await flush();
    expect(started).toEqual([1]);
    pending.get(1)!.resolve();
    await flush();
    expect(started).toEqual([1, 2]);
    pending.get(2)!.reject(new Error('disk full')); // a failure does not stop the queue
    await flush();
    expect(started).toEqual([1, 2, 3]);
    expect(runner.store.get()).toEqual({ value: 4, failed: ['disk full'] });
    const after = runner.afterWrites(async () => 'after');
    let done = false;
    void after.then(() => (done = true));
    await flush();
    expect(done).toBe(false); // afterWrites waits for write 3
    pending.get(3)!.resolve();
    expect(await after).toBe('after');
  });
});

const questions: MockQuestion[] = [
  { cardId: 'a', group: 'g', followUp: null },
  { cardId: 'b', group: 'g', followUp: null },
];

/** A mock on the runner whose writes fail while `failing` is set; records what was written. */
function mockRunner() {
  const written: string[] = [];
  const state = { failing: false };
  let runner: SessionRunner<MockRun, MockRunAction> | null = null;
  runner = runEngine<MockRun, MockRunAction, MockWrite>(startMockRun(questions, startProgress(questions)), {
    step: stepMockRun,
    describe: (e) => (e as Error).message,
    write: async (w) => {
      if (!isPending(runner!.store.get(), w.token)) return null;
      if (state.failing) throw new Error('your device is out of storage space');
      written.push(w.kind === 'step' ? w.event.type : `grade ${w.grade.grade}`);
      return null;
    },
    settled: (w, outcome) => {
      if (!outcome.ok) return { type: 'saveFailed', token: w.token, reason: outcome.reason };
      return w.kind === 'grade'
        ? { type: 'graded', token: w.token, progress: { ...runner!.store.get().progress, phase: 'done' } }
        : { type: 'saved', token: w.token };
    },
  });
  return { runner, written, state };
}

describe('a mock on the runner', () => {
  it('rolls the screen back to the stored step when a save fails, and drops the steps queued after it', async () => {
    const { runner, written, state } = mockRunner();
    runner.dispatch({ type: 'event', event: { type: 'start', now: 0 } });
    await flush();
    expect(written).toEqual(['start']);
    const stored = runner.store.get().progress;
    state.failing = true;
    runner.dispatch({ type: 'event', event: { type: 'finish', now: 60_000 } });
    runner.dispatch({ type: 'event', event: { type: 'skip' } });
    expect(runner.store.get().progress).toMatchObject({ phase: 'review', index: 0 }); // both shown at once
    await flush();
    await flush();
    expect(runner.store.get().progress).toEqual(stored); // back to answering question 1
    expect(runner.store.get().error).toEqual({ kind: 'step', reason: 'your device is out of storage space' });
    expect(runner.store.get().pending).toEqual([]);
    state.failing = false;
    await flush();
    expect(written).toEqual(['start']); // the skip after the failed finish was never written
    runner.dispatch({ type: 'event', event: { type: 'finish', now: 70_000 } });
    await flush();
    expect(written).toEqual(['start', 'finish']);
    expect(runner.store.get().error).toBeNull();
  });

  it('keeps the question on screen when a grade fails, with the message a review shows', async () => {
    const { runner, written, state } = mockRunner();
    runner.dispatch({ type: 'event', event: { type: 'skip' } });
    runner.dispatch({ type: 'event', event: { type: 'skip' } });
    await flush();
    const grade = { index: 0, ticked: [], redFlags: [], grade: 4, pointCount: 2, durationMs: 0, time: 1 };
    state.failing = true;
    runner.dispatch({ type: 'grade', grade });
    runner.dispatch({ type: 'grade', grade: { ...grade, grade: 5 } }); // held while the first is saving
    expect(runner.store.get().grading).not.toBeNull();
    await flush();
    expect(runner.store.get()).toMatchObject({ grading: null, error: { kind: 'grade', reason: 'your device is out of storage space' } });
    expect(runner.store.get().progress).toMatchObject({ phase: 'review', index: 0 });
    expect(gradeNotSavedText('your device is out of storage space')).toBe(
      'Your grade for this card could not be saved: your device is out of storage space. Nothing was changed; please grade it again.',
    );
    state.failing = false;
    runner.dispatch({ type: 'grade', grade });
    await flush();
    expect(written).toEqual(['skip', 'skip', 'grade 4']);
    expect(runner.store.get().progress.phase).toBe('done');
  });
});

describe('useSessionKeys', () => {
  type Seen = { key: string; action: string };
  function Keys({ runner, seen }: { runner: SessionRunner<{ ready: boolean }, string>; seen: Seen[] }) {
    useSessionKeys(
      runner,
      (s, k: KeyPress) => (s.ready && !k.repeat && !k.typing && k.key === 'g' ? `grade at ${k.at}` : null),
      () => 7,
      (action) => seen.push({ key: 'g', action }),
    );
    return <input aria-label="notes" />;
  }

  it('maps a key through the session state to an action and takes it from the browser; other keys pass', () => {
    const runner = runEngine<{ ready: boolean }, string, never>(
      { ready: false },
      { step: (s, a) => [{ ready: a === 'ready' ? true : s.ready }, []], write: async () => null, settled: () => null, describe: String },
    );
    const seen: Seen[] = [];
    const { getByLabelText } = render(<Keys runner={runner} seen={seen} />);
    expect(fireEvent.keyDown(document.body, { key: 'g' })).toBe(true); // not ready: not ours
    runner.dispatch('ready'); // the listener reads the state from the store, not from a render
    expect(fireEvent.keyDown(document.body, { key: 'g' })).toBe(false); // default prevented
    expect(fireEvent.keyDown(document.body, { key: 'g', repeat: true })).toBe(true);
    expect(fireEvent.keyDown(getByLabelText('notes'), { key: 'g' })).toBe(true); // typing in a field
    expect(seen).toEqual([{ key: 'g', action: 'grade at 7' }]);
  });

  it('drives a review session: Space shows the answer, a digit grades', () => {
    const session = { revealed: false };
    const runner = runEngine<typeof session, string, never>(session, {
      step: (s, a) => [a === 'reveal' ? { revealed: true } : s, []],
      write: async () => null,
      settled: () => null,
      describe: String,
    });
    const seen: string[] = [];
    function ReviewKeys() {
      useSessionKeys(
        runner,
        (s, k) => keyAction({ ...baseSession, revealed: s.revealed }, k)?.type ?? null,
        () => 5000,
        (a) => {
          seen.push(a);
          runner.dispatch(a);
        },
      );
      return null;
    }
    render(<ReviewKeys />);
    fireEvent.keyDown(document.body, { key: ' ' });
    fireEvent.keyDown(document.body, { key: '3' });
    expect(seen).toEqual(['reveal', 'grade']);
  });
});

// A review session with one card on screen, for keyAction (used when a key arrives, after this line has run).
const baseSession = startSession({ cardIds: ['a'], mode: 'review', againIds: [], outlineSizes: { a: 2 }, at: 0, slipMs: 400 });
