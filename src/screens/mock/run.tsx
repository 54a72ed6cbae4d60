// One mock interview: its state comes from IndexedDB (so a reload resumes it) and runs on the session runner,
// which saves every step in order and puts the screen back, saying why, when a save fails.
import { useEffect, useState } from 'preact/hooks';
import {
  startMockRun,
  stepMockRun,
  isPending,
  type MockRun as MockRunState,
  type MockRunAction,
  type MockRunError,
  type MockWrite,
} from '../../srs/mock-run';
import type { MockEvent } from '../../srs/mock-session';
import type { MockRow } from '../../db/schema';
import { db } from '../../db/instance';
import { getMock, gradeMockQuestion, stepMock } from '../../db/mocks';
import { describeStorageError, reportStorageError } from '../../state/storage-error';
import { activeDeck, deckHref } from '../../state/deck';
import { useFocusMode } from '../../shell/focus-mode';
import { gradeNotSavedText, runEngine, type SessionRunner } from '../../ui/session-runner';
import { useStore } from '../../ui/use-store';
import { Ask } from './ask';
import { SelfReview } from './self-review';
import { Scorecard } from './scorecard';

/** Sends one event of the mock (a step, a tip) to its runner. */
export type Dispatch = (event: MockEvent) => void;

/** A running mock: its store and the way to act on it. */
export type MockRunner = SessionRunner<MockRunState, MockRunAction>;

/** Starts the runner of the stored mock `row`: steps show at once, writes follow in order. */
export function runMock(row: MockRow, now: () => number = Date.now): MockRunner {
  const runner: MockRunner = runEngine<MockRunState, MockRunAction, MockWrite>(startMockRun(row.questions, row.progress), {
    step: stepMockRun,
    describe: describeStorageError,
    write: async (write) => {
      // A step queued after a failed save was rolled back with it: it is not written.
      if (!isPending(runner.store.get(), write.token)) return null;
      if (write.kind === 'step') return stepMock(db, row.id, write.event, now());
      return (await gradeMockQuestion(db, row.id, write.grade)).mock.progress;
    },
    settled: (write, outcome) => {
      if (!outcome.ok) return { type: 'saveFailed', token: write.token, reason: outcome.reason };
      if (write.kind === 'grade' && outcome.value !== null)
        return { type: 'graded', token: write.token, progress: outcome.value as MockRow['progress'] };
      return { type: 'saved', token: write.token };
    },
  });
  return runner;
}

/** The sentence shown when a save failed and the screen was put back. */
export function mockErrorText(error: MockRunError | null): string | null {
  if (!error) return null;
  if (error.kind === 'grade') return gradeNotSavedText(error.reason);
  return `This step could not be saved: ${error.reason}. Nothing was changed; please do it again.`;
}

/** The mock with `id`, in whatever phase it is. */
export function MockRun({ id }: { id: string }) {
  const [row, setRow] = useState<MockRow | null | undefined>(undefined);
  useEffect(() => {
    getMock(db, id).then((found) => setRow(found ?? null), reportStorageError);
  }, [id]);
  if (row === undefined)
    return (
      <main id="main" aria-busy="true">
        <p class="muted">Loading…</p>
      </main>
    );
  if (row === null) {
    return (
      <main id="main">
        <h1>No such mock interview</h1>
        <p>
          It may have been discarded. <a href={deckHref('/mock', activeDeck().id)}>Mock interviews</a>
        </p>
      </main>
    );
  }
  return <MockSession key={row.id} row={row} />;
}

function MockSession({ row }: { row: MockRow }) {
  // The phone's bottom bar steps aside: the mock's own action sits at the bottom, under the thumb.
  useFocusMode(true);
  // An answer or pause cut off by a reload, a killed tab or an update starts again at the same question.
  const [resumed] = useState(() => row.progress.phase === 'asking' && row.progress.step !== 'ready');
  const [runner] = useState(() => runMock(row));
  useEffect(() => {
    if (resumed) runner.dispatch({ type: 'event', event: { type: 'resume' } });
  }, [runner]);
  const run = useStore(runner.store);
  const mock = { ...row, progress: run.progress };
  const error = mockErrorText(run.error);
  if (mock.progress.phase === 'asking') return <Ask mock={mock} runner={runner} resumed={resumed} error={error} />;
  if (mock.progress.phase === 'review') return <SelfReview mock={mock} runner={runner} grading={run.grading !== null} error={error} />;
  return <Scorecard mock={mock} dispatch={(event) => runner.dispatch({ type: 'event', event })} error={error} />;
}
