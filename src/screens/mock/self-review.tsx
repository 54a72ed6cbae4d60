// Self-review after the last question: listen back, tick the outline, own up to red flags, read the senior signal, grade.
import { useEffect, useRef, useState } from 'preact/hooks';
import { GRADE_LABELS } from '../../srs/grading';
import { clock, mockSuggestion } from '../../srs/mock-score';
import { followUpTarget } from '../../srs/mock-rules';
import type { MockRow, RecordingRow } from '../../db/schema';
import { db } from '../../db/instance';
import { mockRecordings } from '../../db/recordings';
import { findCard } from '../../state/deck';
import { useLive } from '../../state/use-live';
import { RichText } from '../../ui/rich-text';
import { OutlineChecklist } from '../../ui/outline-checklist';
import { GradeButtons } from '../../ui/grade-buttons';
import { RecordingPlayer } from './recording-player';
import { useSessionKeys } from '../../ui/session-runner';
import { gradeKey, type MockRunAction } from '../../srs/mock-run';
import type { MockRunner } from './run';
import '../../ui/card.css';

function toggle(set: ReadonlySet<number>, i: number): Set<number> {
  const next = new Set(set);
  if (next.has(i)) next.delete(i);
  else next.add(i);
  return next;
}

/** Reviews the mock question by question; each grade is logged (mode interview) before the next appears. */
export function SelfReview({
  mock,
  runner,
  grading,
  error,
}: {
  mock: MockRow;
  runner: MockRunner;
  grading: boolean;
  error: string | null;
}) {
  const { progress, questions, options } = mock;
  const index = progress.index;
  const q = questions[index];
  const card = findCard(q.cardId);
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [flags, setFlags] = useState<ReadonlySet<number>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const recordings = useLive(() => mockRecordings(db, mock.id), [mock.id]);
  const mine = (part: RecordingRow['part']) => recordings?.find((r) => r.question === index && r.part === part);
  useEffect(() => {
    setTicked(new Set());
    setFlags(new Set());
    heading.current?.focus();
  }, [index]);
  if (!card)
    return (
      <main id="main">
        <p class="banner error" role="alert">
          This question's card is no longer in the deck.
        </p>
      </main>
    );
  const suggested = mockSuggestion(ticked.size, card.outline.length, flags.size);
  const answers = progress.answers[index];
  // The grade is saved before the next question shows (the runner holds further grades until it is).
  const gradeAction = (grade: number): MockRunAction => {
    const durationMs = (answers.main ?? 0) + (answers.followUp ?? 0);
    return {
      type: 'grade',
      grade: {
        index,
        ticked: [...ticked].sort((a, b) => a - b),
        redFlags: [...flags].sort((a, b) => a - b),
        grade,
        pointCount: card.outline.length,
        durationMs,
        time: Date.now(),
      },
    };
  };
  const onGrade = (grade: number) => runner.dispatch(gradeAction(grade));
  // Grade keys work with focus on a ticked checkbox, as in a review; only typing text turns them off.
  useSessionKeys(
    runner,
    (_, key) => {
      const grade = gradeKey(key);
      return grade === null ? null : gradeAction(grade);
    },
    Date.now,
  );
  const main = mine('main');
  const probe = mine('followUp');
  return (
    <main id="main" class="mock-review" aria-busy={grading}>
      <p class="progress">
        <span>
          Self-review · question {index + 1} of {questions.length}
        </span>
      </p>
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      <h1 id="prompt" class="prompt" tabIndex={-1} ref={heading}>
        <RichText text={card.prompt} />
      </h1>
      <p class="muted">
        You spoke for {answers.main === null ? 'no time (skipped)' : clock(answers.main)} against {clock(options.targetSeconds * 1000)}.
      </p>
      {main && <RecordingPlayer recording={main} label={`Your answer to question ${index + 1}`} />}
      {q.followUp !== null && (
        <div class="panel">
          <p>
            <span class="muted">Follow-up: </span>
            <RichText text={card.followUps[q.followUp]} />
          </p>
          <p class="muted">
            {answers.followUp === null
              ? 'Skipped.'
              : `You spoke for ${clock(answers.followUp)} against ${clock(followUpTarget(options.targetSeconds) * 1000)}.`}
          </p>
          {probe && <RecordingPlayer recording={probe} label={`Your answer to the follow-up of question ${index + 1}`} />}
        </div>
      )}
      <h2>Key points</h2>
      <p class="muted">Tick each point your answer covered.</p>
      <OutlineChecklist points={card.outline} ticked={ticked} onToggle={(i) => setTicked(toggle(ticked, i))} />
      <h2 class="mock-flags-heading">Did you say any of these?</h2>
      <ul class="checklist" aria-label="Red flags: tick any you said">
        {card.redFlags.map((flag, i) => (
          <li key={i}>
            <label>
              <input type="checkbox" checked={flags.has(i)} onChange={() => setFlags(toggle(flags, i))} />
              <span>
                <RichText text={flag} />
              </span>
            </label>
          </li>
        ))}
      </ul>
      <h2 class="mock-flags-heading">Senior signal</h2>
      <p>
        <RichText text={card.seniorSignal} />
      </p>
      <p class="suggest" role="status">
        You covered {ticked.size} of {card.outline.length}
        {flags.size > 0 ? ` and said ${flags.size} red ${flags.size === 1 ? 'flag' : 'flags'}` : ''}: suggests{' '}
        <strong>
          {suggested} · {GRADE_LABELS[suggested]}
        </strong>
        . Confirm it or pick another grade (keys 0–5). Mock grades count toward readiness but never move your review schedule.
      </p>
      <GradeButtons suggested={suggested} onGrade={onGrade} />
    </main>
  );
}
