// The instructor's view: who joined and shares, per group a readiness distribution (a small box chart and a
// table for screen readers), the 10 weakest cards linking to Browse, inactive students, the per-student table,
// "as of" times and CSV export.
import type { ClassView, Distribution } from '../../protocol/class';
import { deckHref } from '../../state/deck';
import { downloadText } from '../../ui/download';
import { viewCsv } from './class-csv';

/** Titles of a class deck's groups and cards, from the deck stored on this device. */
export interface DeckTitles {
  group: (deckId: string, groupId: string) => string;
  card: (deckId: string, cardId: string) => string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function BoxChart({ rows, titles }: { rows: Distribution[]; titles: DeckTitles }) {
  const row = 28;
  const x = (v: number) => 4 + v * 292;
  return (
    <svg class="box-chart" viewBox={`0 0 300 ${rows.length * row + 16}`} aria-hidden="true" focusable="false">
      {rows.map((d, i) => {
        const y = i * row + 14;
        return (
          <g key={`${d.deckId}/${d.groupId}`}>
            <text x="4" y={y - 3} class="box-label">
              {titles.group(d.deckId, d.groupId)}
            </text>
            <line x1={x(d.min)} x2={x(d.max)} y1={y + 6} y2={y + 6} class="box-whisker" />
            <rect x={x(d.q1)} width={Math.max(1, x(d.q3) - x(d.q1))} y={y} height="12" class="box-body" />
            <line x1={x(d.median)} x2={x(d.median)} y1={y - 1} y2={y + 13} class="box-median" />
          </g>
        );
      })}
      <text x="4" y={rows.length * row + 14} class="box-axis">
        0%
      </text>
      <text x="296" y={rows.length * row + 14} class="box-axis" text-anchor="end">
        100%
      </text>
    </svg>
  );
}

/** The view, as fetched; `onRemove` removes a student after the instructor confirms. */
export function ClassViewPanel({
  view,
  titles,
  onRemove,
}: {
  view: ClassView;
  titles: DeckTitles;
  onRemove: (id: string, name: string) => void;
}) {
  const asOf = new Date(view.asOf).toLocaleString();
  const sharing = view.students.filter((s) => s.sharing);
  const quiet = view.students.filter((s) => !s.sharing);
  return (
    <section class="panel class-view" aria-labelledby="class-view-title">
      <h2 id="class-view-title">How the class is doing</h2>
      <p>
        {view.joined} {view.joined === 1 ? 'student has' : 'students have'} joined; {view.sharing} {view.sharing === 1 ? 'shares' : 'share'}{' '}
        their progress. As of {asOf}.
      </p>
      {view.withheld ? (
        <p class="notice" role="status">
          {view.withheld}
        </p>
      ) : (
        <>
          <h3>Readiness by group</h3>
          {view.distribution.length === 0 ? (
            <p class="muted">No group has enough students who sent it yet.</p>
          ) : (
            <>
              <BoxChart rows={view.distribution} titles={titles} />
              <div class="table-scroll">
                <table>
                  <caption class="sr-only">Readiness by group across sharing students</caption>
                  <thead>
                    <tr>
                      <th scope="col">Group</th>
                      <th scope="col">Students</th>
                      <th scope="col">Lower quartile</th>
                      <th scope="col">Median</th>
                      <th scope="col">Upper quartile</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.distribution.map((d) => (
                      <tr key={`${d.deckId}/${d.groupId}`}>
                        <th scope="row">{titles.group(d.deckId, d.groupId)}</th>
                        <td>{d.students}</td>
                        <td>{pct(d.q1)}</td>
                        <td>{pct(d.median)}</td>
                        <td>{pct(d.q3)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <h3>Weakest cards</h3>
          {view.weakest.length === 0 ? (
            <p class="muted">No card has been graded by enough students yet.</p>
          ) : (
            <ol class="weakest">
              {view.weakest.map((w) => (
                <li key={`${w.deckId}/${w.cardId}`}>
                  <a href={deckHref(`/browse/${w.cardId}`, w.deckId)}>{titles.card(w.deckId, w.cardId)}</a>
                  <span class="muted">
                    {' '}
                    mean last grade {w.meanLastGrade} · {w.lapses} of {w.students} below 3
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <h3>Inactive for 7 days or more</h3>
      {view.inactive.length === 0 ? (
        <p class="muted">Nobody who shares has been away that long.</p>
      ) : (
        <ul>
          {view.inactive.map((s) => (
            <li key={s.studentId}>
              {s.displayName}: {s.daysInactive === null ? 'no graded card yet' : `${s.daysInactive} days`}
            </li>
          ))}
        </ul>
      )}
      <h3>Students who share</h3>
      {sharing.length === 0 && <p class="muted">Nobody shares their progress yet.</p>}
      <div class="table-scroll" hidden={sharing.length === 0}>
        <table class="students">
          <caption class="sr-only">Each student who shares their progress</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Active days (14)</th>
              <th scope="col">Cards graded</th>
              {view.groups.map((g) => (
                <th scope="col" key={`${g.deckId}/${g.groupId}`}>
                  {titles.group(g.deckId, g.groupId)}
                </th>
              ))}
              <th scope="col">As of</th>
              <th scope="col">
                <span class="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sharing.map((s) => (
              <tr key={s.studentId}>
                <th scope="row">{s.displayName}</th>
                <td>{s.activeDays14 ?? '–'}</td>
                <td>{s.cardsGraded ?? '–'}</td>
                {s.readiness.map((r, i) => (
                  <td key={i}>{r === null ? '–' : pct(r)}</td>
                ))}
                <td>{s.summaryAt ? new Date(s.summaryAt).toLocaleString() : '–'}</td>
                <td>
                  <button type="button" class="small" onClick={() => onRemove(s.studentId, s.displayName)}>
                    Remove<span class="sr-only"> {s.displayName}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {quiet.length > 0 && (
        <>
          <h3>Joined without sharing</h3>
          <ul class="quiet-students">
            {quiet.map((s) => (
              <li key={s.studentId}>
                {s.displayName}{' '}
                <button type="button" class="small" onClick={() => onRemove(s.studentId, s.displayName)}>
                  Remove<span class="sr-only"> {s.displayName}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        onClick={() => downloadText(`${view.name.replace(/[^\w-]+/g, '-')}.csv`, viewCsv(view, titles.group), 'text/csv')}
      >
        Export CSV
      </button>
    </section>
  );
}
