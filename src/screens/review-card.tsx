// One card in a session: the question, then the answer outline, the suggested grade and the details.
import type { Card } from '../deck/types';
import { GRADE_LABELS } from '../srs/grading';
import { RichText } from '../ui/rich-text';
import { OutlineChecklist } from '../ui/outline-checklist';
import { GradeButtons } from '../ui/grade-buttons';
import { CardDetails } from '../ui/card-details';

/** Props for the card being reviewed. */
export interface ReviewCardProps {
  card: Card;
  groupTitle: string;
  again: boolean;
  revealed: boolean;
  ticked: ReadonlySet<number>;
  /** The grade the ticked share suggests. */
  suggested: number;
  onReveal: () => void;
  onToggle: (index: number) => void;
  onGrade: (grade: number) => void;
}

/** The question side, and after "Show answer" the checklist, grades and details. */
export function ReviewCard(props: ReviewCardProps) {
  const { card, revealed, ticked, suggested } = props;
  return (
    <article class="panel" aria-labelledby="prompt">
      <p class="muted">
        {props.groupTitle} {props.again && <span class="badge">Again later this session</span>}
      </p>
      <h1 id="prompt" class="prompt" tabIndex={-1}>
        <RichText text={card.prompt} />
      </h1>
      {!revealed ? (
        <div class="reveal">
          <button type="button" class="primary wide" onClick={props.onReveal} aria-keyshortcuts="Space Enter">
            Show answer <kbd>Space</kbd>
          </button>
        </div>
      ) : (
        <section aria-label="Answer outline">
          <h2>Key points</h2>
          <p class="muted">Tick each point your answer covered.</p>
          <OutlineChecklist points={card.outline} ticked={ticked} onToggle={props.onToggle} />
          <p class="suggest" role="status">
            You covered {ticked.size} of {card.outline.length}: suggests <strong>{suggested} · {GRADE_LABELS[suggested]}</strong>.
            Confirm it or pick another grade (keys 0–5).
          </p>
          <GradeButtons suggested={suggested} onGrade={props.onGrade} />
          <CardDetails card={card} />
        </section>
      )}
    </article>
  );
}
