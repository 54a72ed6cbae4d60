// "Session complete": what changed (readiness per group before → after), which cards came back and why,
// when the next card is due, and what to do next (drill the weakest group, or a mock interview).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScheduledCard } from '../../srs/plan';
import { sessionReport, type SessionReport } from '../../srs/session-report';
import { GRADE_LABELS } from '../../srs/grading';
import { localDay } from '../../srs/days';
import { formatDay } from '../../ui/format-day';
import { reviewsSince } from '../../db/queries';
import { db } from '../../db/instance';
import { activeDeck, deckHref, findCard, groupTitle } from '../../state/deck';
import { RichText } from '../../ui/rich-text';
import { percent } from '../../ui/percent';
import { loadScheduledCards } from '../../state/load-cards';
import { drillReport, type DrillReport } from '../../srs/drill-report';
import { isDrill } from '../../deck/drill';
import { DrillSummary } from './drill-summary';
import './review.css';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'short', day: 'numeric' });

/** "tomorrow", "Friday, Nov 27", or a sentence for nothing scheduled. */
export function nextDueText(day: number | null, now: number): string {
  if (day === null) return 'No card is scheduled yet.';
  return `Next card due ${day === localDay(now) + 1 ? 'tomorrow' : formatDay(day, dayFormat)}.`;
}

/** When the session started and every card's schedule then, read once when the review screen opens. */
export interface SessionStart {
  startedAt: number;
  before: Promise<ScheduledCard[]>;
}

/** Remembers the session's start (call once, at the top of the review screen). */
export function useSessionStart(): SessionStart {
  const start = useRef<SessionStart | null>(null);
  start.current ??= { startedAt: Date.now(), before: loadScheduledCards() };
  return start.current;
}

/** Props: the one-sentence summary, how many grades were given, and the session's start. */
export interface SessionSummaryProps {
  sentence: string;
  graded: number;
  start: SessionStart;
}

/** The end-of-session panel. */
export function SessionSummary({ sentence, graded, start }: SessionSummaryProps) {
  const [report, setReport] = useState<SessionReport | null>(null);
  const [drills, setDrills] = useState<DrillReport | null>(null);
  const deck = activeDeck();
  useEffect(() => {
    // Read once the last write has settled: the report comes from the log, the truth.
    void Promise.all([start.before, loadScheduledCards(), reviewsSince(db, deck.id, start.startedAt)]).then(
      ([before, after, grades]) => {
        setReport(
          sessionReport(
            before,
            after,
            grades,
            deck.groups.map((g) => g.id),
            Date.now(),
          ),
        );
        setDrills(drillReport(grades, after, new Set(deck.cards.filter(isDrill).map((c) => c.id))));
      },
      () => setReport(null),
    );
  }, [graded]);
  return (
    <>
      <p>{sentence}</p>
      {report && report.groups.length > 0 && (
        <>
          <h2>Readiness</h2>
          <ul class="changes">
            {report.groups.map((g) => (
              <li key={g.group}>
                <span>{groupTitle(g.group)}</span>
                <strong>
                  {percent(g.before)} → {percent(g.after)}
                </strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {drills && <DrillSummary report={drills} cardOf={findCard} now={Date.now()} />}
      {report && report.cameBack.length > 0 && (
        <>
          <h2>Came back this session</h2>
          <ul class="came-back">
            {report.cameBack.map((c) => (
              <li key={c.cardId}>
                <RichText text={findCard(c.cardId)?.prompt ?? c.cardId} />{' '}
                <span class="muted">
                  first graded {c.firstGrade} · {GRADE_LABELS[c.firstGrade]}, below 4, so it came back; {c.tries} tries
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {report && <p>{nextDueText(report.nextDue, Date.now())}</p>}
      {report?.weakest && (
        <div class="row next-steps">
          <a class="button" href={deckHref('/review', deck.id, { drill: report.weakest.group })}>
            Drill {groupTitle(report.weakest.group)}
          </a>
          {deck.cards.some((c) => !isDrill(c)) && (
            <a class="button" href={deckHref('/mock', deck.id)}>
              Mock interview
            </a>
          )}
        </div>
      )}
    </>
  );
}
