// One card in a session: the question, then the answer outline, the suggested grade and the details.
import type { Card } from '../../deck/types';
import { RichText } from '../../ui/rich-text';
import { OutlineChecklist } from '../../ui/outline-checklist';
import { CardDetails, isNarrow } from '../../ui/card-details';
import { useOutlineUpdated } from './outline-updated';
import '../../ui/card.css';

/** Props for the card being reviewed. */
export interface ReviewCardProps {
  deckId: string;
  card: Card;
  groupTitle: string;
  again: boolean;
  revealed: boolean;
  ticked: ReadonlySet<number>;
  onToggle: (index: number) => void;
}

/** The question side, and after "Show answer" the checklist and details (the actions are in the review bar). */
export function ReviewCard(props: ReviewCardProps) {
  const { card, revealed, ticked } = props;
  const updated = useOutlineUpdated(props.deckId, card.id, revealed);
  return (
    <article class="panel" aria-labelledby="prompt">
      <p class="muted">
        {props.groupTitle} {props.again && <span class="badge">Again later this session</span>}{' '}
        {updated && <span class="badge">Outline updated</span>}
      </p>
      <h1 id="prompt" class="prompt" tabIndex={-1}>
        <RichText text={card.prompt} />
      </h1>
      {revealed && (
        <section aria-label="Answer outline">
          <h2>Key points</h2>
          <p class="muted">Tick each point your answer covered.</p>
          <OutlineChecklist points={card.outline} ticked={ticked} onToggle={props.onToggle} />
          <CardDetails card={card} collapsed={isNarrow()} />
        </section>
      )}
    </article>
  );
}
