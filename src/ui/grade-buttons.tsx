// The six SM-2 grades as buttons with words, the suggested one marked.
import { GRADE_HINTS, GRADE_LABELS } from '../srs/grading';
import './card.css';

/** Props: the suggested grade and what to do when one is chosen. */
export interface GradeButtonsProps {
  suggested: number;
  onGrade: (grade: number) => void;
}

/** Buttons 5 "Perfect" … 0 "Blackout"; keys 0–5 do the same (handled by the review screen). */
export function GradeButtons({ suggested, onGrade }: GradeButtonsProps) {
  return (
    <div class="grades" role="group" aria-label="Grade your answer">
      {[5, 4, 3, 2, 1, 0].map((grade) => (
        <button
          key={grade}
          type="button"
          class={grade === suggested ? 'primary' : ''}
          data-grade={grade}
          data-suggested={grade === suggested ? 'true' : 'false'}
          aria-keyshortcuts={String(grade)}
          onClick={() => onGrade(grade)}
        >
          <span>
            {grade} · {GRADE_LABELS[grade]}
          </span>
          <small>{GRADE_HINTS[grade]}</small>
          {grade === suggested && <span class="sr-only"> (suggested)</span>}
        </button>
      ))}
    </div>
  );
}
