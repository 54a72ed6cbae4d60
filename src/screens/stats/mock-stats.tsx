// Stats: mock interviews of the open deck. How many are done, and coverage (share of outline points said, as
// ticked in self-review) per finished mock over time, as a line with a table for screen readers.
import type { Deck } from '../../deck/types';
import { clock, coverageTrend, scoreMock } from '../../srs/mock-score';
import { localDay } from '../../srs/days';
import { finishedMocks } from '../../db/stats';
import { db } from '../../db/instance';
import { useLive } from '../../state/use-live';
import { deckHref } from '../../state/deck';
import { LineChart } from '../../ui/charts/line-chart';
import { percent } from '../../ui/percent';
import { shortDay } from '../../ui/format-time';
import { mockHref } from '../mock/href';

/** Mocks the chart and table show: the most recent ones. */
export const RECENT_MOCKS = 20;

const TREND = { up: 'rising', down: 'lower than before', steady: 'steady' } as const;

/** The mock interviews panel. */
export function MockStats({ deck }: { deck: Deck }) {
  const mocks = useLive(() => finishedMocks(db, deck.id), [deck.id]);
  const history = deckHref('/mock', deck.id);
  if (!mocks) {
    return (
      <section class="panel" aria-busy="true">
        <p class="muted">Loading mock interviews…</p>
      </section>
    );
  }
  const points = new Map(deck.cards.map((c) => [c.id, c.outline.length]));
  const scored = mocks.map((mock) => ({
    mock,
    score: scoreMock(mock.questions, mock.progress, (id) => points.get(id) ?? 0, mock.options.targetSeconds),
  }));
  const recent = scored.slice(-RECENT_MOCKS);
  const coverages = scored.map((s) => s.score.coverage);
  const trend = coverageTrend(coverages);
  const mean = coverages.reduce((a, b) => a + b, 0) / Math.max(1, coverages.length);
  const last = recent.length - 1;
  const dayOf = (i: number) => shortDay(localDay(recent[i].mock.createdAt));
  return (
    <section class="panel" aria-labelledby="mock-stats">
      <h2 id="mock-stats">Mock interviews</h2>
      {scored.length === 0 ? (
        <p>
          No mock interview finished on this deck yet. <a href={history}>Start one</a>: its coverage will show here.
        </p>
      ) : (
        <>
          <p class="muted">Coverage: the share of a question's outline points you ticked in self-review, averaged over the mock.</p>
          <dl class="figures">
            <div>
              <dt>Mocks done</dt>
              <dd>{scored.length}</dd>
            </div>
            <div>
              <dt>Latest coverage</dt>
              <dd>{percent(coverages[coverages.length - 1])}</dd>
            </div>
            <div>
              <dt>Average coverage</dt>
              <dd>{percent(mean)}</dd>
            </div>
            <div>
              <dt>Trend</dt>
              <dd>{trend ? TREND[trend] : 'after two mocks'}</dd>
            </div>
          </dl>
          {recent.length > 1 && (
            <LineChart
              series={[{ name: 'Coverage', values: recent.map((s) => s.score.coverage) }]}
              ticks={
                new Map([
                  [0, dayOf(0)],
                  [last, dayOf(last)],
                ])
              }
              label={`Coverage of your last ${recent.length} mocks, oldest first: ${recent.map((s) => percent(s.score.coverage)).join(', ')}.`}
            />
          )}
          <details>
            <summary>Mocks as a table</summary>
            <div class="table-wrap" tabindex={0} role="region" aria-label="Mock interviews, table">
              <table class="mocks">
                <thead>
                  <tr>
                    <th scope="col">Mock</th>
                    <th scope="col">Questions</th>
                    <th scope="col">Coverage</th>
                    <th scope="col">Speaking</th>
                  </tr>
                </thead>
                <tbody>
                  {[...recent].reverse().map(({ mock, score }) => (
                    <tr key={mock.id}>
                      <th scope="row">
                        <a href={mockHref(mock)}>{shortDay(localDay(mock.createdAt))}</a>
                      </th>
                      <td>{mock.questions.length}</td>
                      <td>{percent(score.coverage)}</td>
                      <td>{clock(score.speakingMs)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      <p>
        <a href={history}>Mock interviews: history and scorecards</a>
      </p>
    </section>
  );
}
