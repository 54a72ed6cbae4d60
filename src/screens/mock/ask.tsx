// Asking: one prompt at a time (the outline stays hidden), an optional pause to think, a calm timer against the target.
import { useEffect, useRef, useState } from 'preact/hooks';
import { followUpTarget } from '../../srs/mock-rules';
import { primaryEvent, type MockEvent } from '../../srs/mock-session';
import type { MockRow } from '../../db/schema';
import { findCard, groupTitle } from '../../state/deck';
import { RichText } from '../../ui/rich-text';
import { useSessionKeys } from '../../ui/session-runner';
import { isPrimaryKey, type MockRunAction } from '../../srs/mock-run';
import { AnswerTimer, THINK_SECONDS } from './timer';
import { speak, useLocalVoice } from './speech';
import { useMockRecorder } from './use-recorder';
import type { MockRunner } from './run';
import '../../ui/card.css';

/** The question being asked, or its follow-up. */
export function Ask({ mock, runner, resumed, error }: { mock: MockRow; runner: MockRunner; resumed: boolean; error: string | null }) {
  const { progress, questions, options } = mock;
  const q = questions[progress.index];
  const card = findCard(q.cardId);
  const followUp = progress.part === 'followUp' && q.followUp !== null ? card?.followUps[q.followUp] : undefined;
  const text = followUp ?? card?.prompt ?? q.cardId;
  const target = progress.part === 'main' ? options.targetSeconds : followUpTarget(options.targetSeconds);
  const voice = useLocalVoice();
  const recorder = useMockRecorder(mock.id, options.record);
  const heading = useRef<HTMLHeadingElement>(null);
  const [announce, setAnnounce] = useState('');

  const act = (event: MockEvent) => {
    if (event.type === 'start') recorder.start();
    if (event.type === 'finish') recorder.stop(progress.index, progress.part);
    runner.dispatch({ type: 'event', event });
  };
  const primary = () => act(primaryEvent(progress, Date.now()));

  useEffect(() => {
    heading.current?.focus();
    setAnnounce(followUp ? 'Follow-up question' : `Question ${progress.index + 1} of ${questions.length}`);
  }, [progress.index, progress.part]);
  // Space starts or finishes the answer; the recorder follows the event, as with the button.
  useSessionKeys(
    runner,
    (run, key): MockRunAction | null => (isPrimaryKey(key) ? { type: 'event', event: primaryEvent(run.progress, Date.now()) } : null),
    Date.now,
    (action) => (action.type === 'event' ? act(action.event) : runner.dispatch(action)),
  );
  // The thinking pause ends by itself: the answer starts, as it would when an interviewer waits.
  useEffect(() => {
    if (progress.step !== 'thinking' || progress.stepStartedAt === null) return undefined;
    const left = progress.stepStartedAt + THINK_SECONDS * 1000 - Date.now();
    const timer = setTimeout(() => act({ type: 'start', now: Date.now() }), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [progress.step, progress.stepStartedAt]);

  const answering = progress.step === 'answering';
  return (
    <main id="main" class="mock-ask">
      <p class="progress">
        <span>
          Question {progress.index + 1} of {questions.length}
        </span>
        <span>{groupTitle(q.group)}</span>
      </p>
      <p class="sr-only" aria-live="polite">
        {announce}
      </p>
      {resumed && progress.step === 'ready' && (
        <p class="banner" role="status">
          Welcome back: your mock resumes here. Start this answer again when ready.
        </p>
      )}
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      {recorder.message && (
        <p class="banner" role="status">
          {recorder.message}
        </p>
      )}
      <p class="muted">{followUp ? 'The interviewer pushes further:' : 'The interviewer asks:'}</p>
      <h1 id="prompt" class="prompt" tabIndex={-1} ref={heading}>
        <RichText text={text} />
      </h1>
      {voice && (
        <button type="button" onClick={() => speak(text.replace(/`/g, ''), voice)}>
          Read it to me
        </button>
      )}
      <AnswerTimer
        step={progress.step}
        startedAt={progress.stepStartedAt}
        targetSeconds={target}
        recording={options.record && recorder.status === 'ready'}
      />
      <div class="mock-actions">
        <button type="button" class="primary wide big" onClick={primary} aria-keyshortcuts="Space">
          {answering ? 'Done' : progress.step === 'thinking' ? 'Start answering now' : 'Start answer'} <kbd>Space</kbd>
        </button>
        {!answering && (
          <div class="row">
            {progress.step === 'ready' && (
              <button type="button" onClick={() => act({ type: 'think', now: Date.now() })}>
                Think first ({THINK_SECONDS} s)
              </button>
            )}
            <button type="button" onClick={() => act({ type: 'skip' })}>
              Skip {followUp ? 'follow-up' : 'question'}
            </button>
          </div>
        )}
      </div>
    </main>
  );
}
