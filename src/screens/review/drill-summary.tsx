// The end of a session with drill cards: what was right, what was missed with the right answer and why, and
// when each comes back.
import type { Card } from '../../deck/types';
import { hasChoices } from '../../deck/drill';
import type { DrillOutcome, DrillReport } from '../../srs/drill-report';
import { localDay } from '../../srs/days';
import { formatDay } from '../../ui/format-day';
import { RichText } from '../../ui/rich-text';
import './drill.css';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' });

/** "back tomorrow", "back Fri, Nov 27", or that a drill does not schedule it. */
export function comesBackText(due: number | null, now: number): string {
  if (due === null) return 'not scheduled (drills do not schedule new cards)';
  const today = localDay(now);
  if (due <= today) return 'back today';
  return due === today + 1 ? 'back tomorrow' : `back ${formatDay(due, dayFormat)}`;
}

function Outcome({ outcome, card, now, missed }: { outcome: DrillOutcome; card: Card | undefined; now: number; missed: boolean }) {
  const answer = card ? (hasChoices(card) ? (card.choices[card.correct] ?? '') : card.answer) : '';
  return (
    <li data-card={outcome.cardId}>
      <RichText text={card?.prompt ?? outcome.cardId} /> <span class="muted">· {comesBackText(outcome.due, now)}</span>
      {missed && answer && (
        <p class="drill-missed-answer">
          <strong>Answer:</strong> <RichText text={answer} />
        </p>
      )}
      {missed && card?.why && (
        <p class="muted">
          <RichText text={card.why} />
        </p>
      )}
    </li>
  );
}

/** The right and missed drill cards of a finished session. */
export function DrillSummary({ report, cardOf, now }: { report: DrillReport; cardOf: (id: string) => Card | undefined; now: number }) {
  if (report.right.length + report.missed.length === 0) return null;
  return (
    <>
      <h2>Missed ({report.missed.length})</h2>
      {report.missed.length === 0 ? (
        <p>None: every drill was right at the first try.</p>
      ) : (
        <ul class="drill-list missed">
          {report.missed.map((o) => (
            <Outcome key={o.cardId} outcome={o} card={cardOf(o.cardId)} now={now} missed />
          ))}
        </ul>
      )}
      <h2>Right ({report.right.length})</h2>
      {report.right.length > 0 && (
        <ul class="drill-list right">
          {report.right.map((o) => (
            <Outcome key={o.cardId} outcome={o} card={cardOf(o.cardId)} now={now} missed={false} />
          ))}
        </ul>
      )}
    </>
  );
}
