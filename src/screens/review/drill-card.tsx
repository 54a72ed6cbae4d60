// A drill card in a session: the prompt, its code, then either its choices (tap or keys 1–4) or, once chosen,
// right or wrong with the right choice and the why; a short card shows its answer and why after the reveal.
import type { Card } from '../../deck/types';
import { cardKind } from '../../deck/drill';
import type { ChoiceFeedback } from '../../srs/session';
import { GRADE_LABELS } from '../../srs/grading';
import { RichText } from '../../ui/rich-text';
import '../../ui/card.css';
import './drill.css';

/** What each drill kind is called on its card. */
export const KIND_LABELS = {
  outline: 'Interview question',
  short: 'Short answer',
  predict: 'Predict the output',
  choice: 'Pick one',
} as const;

/** Props: the card, where it is, what was chosen (after a choice), whether a short card's answer is shown. */
export interface DrillCardProps {
  card: Card;
  groupTitle: string;
  again: boolean;
  feedback: ChoiceFeedback | null;
  revealed: boolean;
  onChoose: (index: number) => void;
}

/** The code of a drill card, scrolling on its own on a narrow screen. */
export function DrillCode({ card }: { card: Card }) {
  if (!card.code) return null;
  return (
    <pre class="drill-code" tabIndex={0} aria-label={`Code in ${card.code.language}`}>
      <code>{card.code.code}</code>
    </pre>
  );
}

function markText(right: boolean, chosen: boolean): string {
  if (right) return chosen ? 'Right answer · your choice' : 'Right answer';
  return chosen ? 'Your choice' : '';
}

/** The choices once answered: the right one and the one picked, each said in words as well as colour. */
export function AnsweredChoices({ card, chosen }: { card: Card; chosen: number | null }) {
  return (
    <ol class="choices answered">
      {card.choices.map((choice, i) => (
        <li key={i} class={i === card.correct ? 'right' : i === chosen ? 'wrong' : ''} data-choice={i}>
          <span class="mark">{markText(i === card.correct, i === chosen)}</span>
          <span class="text">
            <RichText text={choice} />
          </span>
        </li>
      ))}
    </ol>
  );
}

function WhyText({ why }: { why: string }) {
  if (!why) return null;
  return (
    <>
      <h2>Why</h2>
      <p>
        <RichText text={why} />
      </p>
    </>
  );
}

/** A short, predict or choice card in a review. */
export function DrillCard({ card, groupTitle, again, feedback, revealed, onChoose }: DrillCardProps) {
  const kind = cardKind(card);
  const right = feedback !== null && feedback.chosen === card.correct;
  return (
    <article class="panel drill" aria-labelledby="prompt">
      <p class="muted">
        {groupTitle} <span class="badge kind">{KIND_LABELS[kind]}</span> {again && <span class="badge">Again later this session</span>}
      </p>
      <h1 id="prompt" class="prompt" tabIndex={-1}>
        <RichText text={card.prompt} />
      </h1>
      <DrillCode card={card} />
      {kind !== 'short' && !feedback && (
        <ol class="choices" aria-label="Choices">
          {card.choices.map((choice, i) => (
            <li key={i}>
              <button type="button" data-choice={i} aria-keyshortcuts={String(i + 1)} onClick={() => onChoose(i)}>
                <kbd>{i + 1}</kbd>
                <span class="text">
                  <RichText text={choice} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {feedback && (
        <section aria-label="Result">
          <p class={`verdict ${right ? 'is-right' : 'is-wrong'}`}>
            <strong>{right ? 'Right.' : 'Not quite.'}</strong> Graded {feedback.grade} · {GRADE_LABELS[feedback.grade]}
            {feedback.requeued ? '; it comes back later this session.' : '.'}
          </p>
          <AnsweredChoices card={card} chosen={feedback.chosen} />
          <WhyText why={card.why} />
        </section>
      )}
      {kind === 'short' && revealed && (
        <section aria-label="Answer">
          <h2>Answer</h2>
          <p class="short-answer">
            <RichText text={card.answer} />
          </p>
          <WhyText why={card.why} />
        </section>
      )}
    </article>
  );
}
