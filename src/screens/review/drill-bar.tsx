// The review bar for a drill card: nothing to reveal on a choice card (its choices are the buttons), then "Next";
// "Show answer" on a short card, then its four grades in one tap. Undo is always there.
import { SHORT_GRADES } from '../../srs/choice-grade';
import { buzz } from '../../ui/haptics';
import './review.css';
import './drill.css';

/** Props: which step the drill card is at, and what the buttons do. */
export interface DrillBarProps {
  step: 'choose' | 'answered' | 'short' | 'shortRevealed';
  canUndo: boolean;
  onReveal: () => void;
  onNext: () => void;
  onGrade: (grade: number) => void;
  onUndo: () => void;
}

/** The sticky bar under a drill card. */
export function DrillBar({ step, canUndo, onReveal, onNext, onGrade, onUndo }: DrillBarProps) {
  const undo = (
    <button type="button" class="undo" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="U">
      Undo<span class="sr-only"> last grade</span> <kbd>U</kbd>
    </button>
  );
  if (step === 'shortRevealed') {
    return (
      <div class="review-bar">
        <div class="bar-row">
          <p class="suggest">How did it go?</p>
          {undo}
        </div>
        <div class="grades short-grades" role="group" aria-label="Grade your answer">
          {SHORT_GRADES.map((g) => (
            <button
              key={g.grade}
              type="button"
              data-grade={g.grade}
              aria-keyshortcuts={String(g.grade)}
              onClick={() => (buzz(), onGrade(g.grade))}
            >
              <span>
                {g.label} <kbd>{g.grade}</kbd>
              </span>
              <small>{g.hint}</small>
            </button>
          ))}
        </div>
      </div>
    );
  }
  return (
    <div class="review-bar">
      <div class="bar-row">
        {undo}
        {step === 'choose' && <p class="suggest">Pick an answer: tap it, or press 1–4.</p>}
        {step === 'answered' && (
          <button type="button" class="primary show" onClick={onNext} aria-keyshortcuts="Space Enter">
            Next <kbd>Space</kbd>
          </button>
        )}
        {step === 'short' && (
          <button type="button" class="primary show" onClick={onReveal} aria-keyshortcuts="Space Enter">
            Show answer <kbd>Space</kbd>
          </button>
        )}
      </div>
    </div>
  );
}
