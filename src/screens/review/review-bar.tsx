// The review's action bar, pinned to the bottom of the screen within the thumb's reach: "Show answer"
// before the reveal; after it, the suggestion and the six grades in words. Undo is always in it.
import { GRADE_LABELS } from '../../srs/grading';
import { GradeButtons } from '../../ui/grade-buttons';
import { buzz } from '../../ui/haptics';
import './review.css';

/** Props: where the card is, what the ticks suggest, and what the buttons do. */
export interface ReviewBarProps {
  revealed: boolean;
  ticked: number;
  points: number;
  suggested: number;
  canUndo: boolean;
  onReveal: () => void;
  onGrade: (grade: number) => void;
  onUndo: () => void;
}

/** The sticky bar at the bottom of the review screen. */
export function ReviewBar(props: ReviewBarProps) {
  const { revealed, suggested } = props;
  const undo = (
    <button type="button" class="undo" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="U">
      Undo<span class="sr-only"> last grade</span> <kbd>U</kbd>
    </button>
  );
  return (
    <div class="review-bar">
      {revealed ? (
        <>
          <div class="bar-row">
            <p class="suggest" role="status">
              {props.ticked} of {props.points} covered: suggests{' '}
              <strong>
                {suggested} · {GRADE_LABELS[suggested]}
              </strong>
            </p>
            {undo}
          </div>
          <GradeButtons
            suggested={suggested}
            onGrade={(grade) => {
              buzz();
              props.onGrade(grade);
            }}
          />
        </>
      ) : (
        <div class="bar-row">
          {undo}
          <button type="button" class="primary show" onClick={props.onReveal} aria-keyshortcuts="Space Enter">
            Show answer <kbd>Space</kbd>
          </button>
        </div>
      )}
    </div>
  );
}
