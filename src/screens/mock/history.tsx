// Past mocks: date, questions, coverage and speaking time, with a simple trend; each reopens with its recordings.
import { clock, coverageTrend, scoreMock } from '../../srs/mock-score';
import type { MockRow } from '../../db/schema';
import { db } from '../../db/instance';
import { deleteRecordings } from '../../db/recordings';
import { findCard } from '../../state/deck';
import { percent } from '../../ui/percent';
import { formatBytes } from './format';
import { mockHref } from './href';
import { dateAndTime } from '../../ui/format-time';
import { count } from '../../lib/count';

const TREND = {
  up: 'Your coverage is rising.',
  down: 'Your coverage dipped in the last mock.',
  steady: 'Your coverage is holding steady.',
};

/** Finished mocks, newest first, and the space their recordings use. */
export function MockHistory({ mocks, usage }: { mocks: MockRow[]; usage: { bytes: number; count: number; byMock: Map<string, number> } }) {
  const scored = mocks.map((m) => ({
    mock: m,
    score: scoreMock(m.questions, m.progress, (id) => findCard(id)?.outline.length ?? 0, m.options.targetSeconds),
  }));
  const oldestFirst = scored.map((s) => s.score.coverage).reverse();
  const trend = coverageTrend(oldestFirst);
  return (
    <section aria-labelledby="history" class="mock-history">
      <h2 id="history">Past mocks</h2>
      {scored.length === 0 && <p class="muted">None yet. Your scorecards will collect here.</p>}
      {scored.length > 1 && (
        <div class="panel">
          <p>{trend && TREND[trend]}</p>
          <div
            class="mock-trend"
            role="img"
            aria-label={`Coverage of your last mocks, oldest first: ${oldestFirst
              .slice(-10)
              .map((c) => percent(c))
              .join(', ')}`}
          >
            {oldestFirst.slice(-10).map((c, i) => (
              <span key={i} style={{ height: `${Math.max(4, c * 100)}%` }} />
            ))}
          </div>
        </div>
      )}
      <ul class="mock-list">
        {scored.map(({ mock, score }) => (
          <li key={mock.id}>
            <a class="panel mock-past" href={mockHref(mock)}>
              <strong>{dateAndTime(mock.createdAt)}</strong>
              <span>
                {count(mock.questions.length, 'question')} · {percent(score.coverage)} covered · {clock(score.speakingMs)} speaking
                {usage.byMock.has(mock.id) ? ' · recorded' : ''}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <p class="row">
        <span class="muted" data-testid="recording-space">
          Recordings use {formatBytes(usage.bytes)} on this device ({usage.count} {usage.count === 1 ? 'answer' : 'answers'}).
        </span>
        {usage.count > 0 && (
          <button type="button" class="danger" onClick={() => void deleteRecordings(db)}>
            Delete all recordings
          </button>
        )}
      </p>
    </section>
  );
}
