// The scorecard: coverage per question and group, time against target, follow-ups answered, the interviewer's checks.
import { clock, scoreMock } from '../../srs/mock-score';
import type { MockRow } from '../../db/schema';
import { db } from '../../db/instance';
import { deleteRecordings, mockRecordings } from '../../db/recordings';
import { activeDeck, deckHref, findCard, groupTitle } from '../../state/deck';
import { useLive } from '../../state/use-live';
import { percent } from '../../ui/percent';
import { RichText } from '../../ui/rich-text';
import { RecordingPlayer } from './recording-player';
import { formatBytes } from './format';
import type { Dispatch } from './run';
import { dateAndTime } from '../../ui/format-time';
import '../../ui/card.css';
import { count } from '../../lib/count';

/** A finished mock's scorecard; past mocks reopen here with their recordings. */
export function Scorecard({ mock, dispatch, error }: { mock: MockRow; dispatch: Dispatch; error: string | null }) {
  const score = scoreMock(mock.questions, mock.progress, (id) => findCard(id)?.outline.length ?? 0, mock.options.targetSeconds);
  const recordings = useLive(() => mockRecordings(db, mock.id), [mock.id]) ?? [];
  const tips = activeDeck().interview?.tips ?? [];
  const bytes = recordings.reduce((s, r) => s + r.bytes, 0);
  const time = (ms: number | null, target: number) =>
    ms === null ? 'skipped' : `${clock(ms)} of ${clock(target)}${ms > target ? ` (over by ${clock(ms - target)})` : ''}`;
  return (
    <main id="main" class="mock-score">
      <h1>Scorecard</h1>
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      <p class="muted">Mock interview of {dateAndTime(mock.createdAt)}</p>
      <section class="panel" aria-label="Summary">
        <p class="readiness" data-testid="mock-coverage">
          {percent(score.coverage)} covered
        </p>
        <p>
          {count(mock.questions.length, 'question')} · {clock(score.speakingMs)} speaking · follow-ups answered {score.followUps.answered}{' '}
          of {score.followUps.asked}
          {score.overtime > 0 ? ` · ${score.overtime} over target` : ''}
        </p>
        <ul class="mock-groups">
          {score.groups.map((g) => (
            <li key={g.group}>
              {groupTitle(g.group)}: <strong>{percent(g.coverage)}</strong>
            </li>
          ))}
        </ul>
      </section>
      <h2>Question by question</h2>
      <ol class="mock-questions">
        {score.questions.map((line, i) => {
          const card = findCard(line.cardId);
          const recs = recordings.filter((r) => r.question === i);
          return (
            <li key={i} class="panel">
              <p class="mock-q-prompt">
                <RichText text={card?.prompt ?? line.cardId} />
              </p>
              <p>
                Covered <strong>{line.coverage === null ? '–' : percent(line.coverage)}</strong> · answer{' '}
                {time(line.mainMs, score.targetMs)}
                {line.followUpAsked && <> · follow-up {time(line.followUpMs, score.followUpTargetMs)}</>}
              </p>
              {recs.map((r) => (
                <RecordingPlayer
                  key={r.part}
                  recording={r}
                  label={`${r.part === 'main' ? 'Answer' : 'Follow-up answer'} to question ${i + 1}`}
                />
              ))}
            </li>
          );
        })}
      </ol>
      {tips.length > 0 && (
        <section class="panel" aria-labelledby="tips">
          <h2 id="tips">Would the interviewer tick these for you?</h2>
          <ul class="checklist">
            {tips.map((tip, i) => (
              <li key={i}>
                <label>
                  <input
                    type="checkbox"
                    checked={mock.progress.tips.includes(i)}
                    onChange={(e) => dispatch({ type: 'tip', index: i, on: e.currentTarget.checked })}
                  />
                  <span>
                    <RichText text={tip} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      {recordings.length > 0 && (
        <p class="row">
          <span class="muted">Recordings of this mock: {formatBytes(bytes)}.</span>
          <button type="button" class="danger" onClick={() => void deleteRecordings(db, mock.id)}>
            Delete this mock's recordings
          </button>
        </p>
      )}
      <div class="mock-actions">
        <a class="button primary wide big" href={deckHref('/mock', mock.deckId)}>
          Mock interviews
        </a>
      </div>
    </main>
  );
}
