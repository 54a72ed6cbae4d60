// A drill card in Browse: its kind, code, choices with the right one marked (and the last choice made), its
// answer and why, and its sources.
import type { Card } from '../../deck/types';
import { cardKind, hasChoices } from '../../deck/drill';
import { useLive } from '../../state/use-live';
import { db } from '../../db/instance';
import { lastChoice } from '../../db/last-choice';
import { RichText } from '../../ui/rich-text';
import { AnsweredChoices, DrillCode, KIND_LABELS } from '../review/drill-card';
import '../review/drill.css';

/** The answer side of a drill card, for reading at leisure. */
export function BrowseDrill({ deckId, card }: { deckId: string; card: Card }) {
  const last = useLive(() => (hasChoices(card) ? lastChoice(db, deckId, card.id) : Promise.resolve(null)), [deckId, card.id]);
  return (
    <section aria-label="Drill answer">
      <p>
        <span class="badge kind">{KIND_LABELS[cardKind(card)]}</span>
        {card.python && <span class="muted"> · Python {card.python}</span>}
      </p>
      <DrillCode card={card} />
      {hasChoices(card) && (
        <>
          <h2>Choices</h2>
          <AnsweredChoices card={card} chosen={last ?? null} />
          <p class="muted last-choice">
            {last === null || last === undefined
              ? 'Not answered yet.'
              : last === card.correct
                ? 'Last time you chose the right answer.'
                : `Last time you chose choice ${last + 1}.`}
          </p>
        </>
      )}
      {card.answer && (
        <>
          <h2>Answer</h2>
          <p class="short-answer">
            <RichText text={card.answer} />
          </p>
        </>
      )}
      {card.why && (
        <>
          <h2>Why</h2>
          <p>
            <RichText text={card.why} />
          </p>
        </>
      )}
      {card.sources.length > 0 && (
        <>
          <h2>Sources</h2>
          <ul class="sources">
            {card.sources.map((s, i) => (
              <li key={i}>
                <RichText text={s} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
