// The review screen's sentences: progress, the status line, errors and the end-of-session summary.
import { GRADE_LABELS } from '../../srs/grading';
import type { Mode } from '../../srs/log-row';
import type { Session } from '../../srs/session';
import { gradeNotSavedText } from '../../ui/session-runner';

/** "Card n of m", with how many repeats are left; only repeats when no new card is left to show. */
export function progressText(position: number, total: number, againLeft: number): string {
  const again = againLeft > 0 ? `${againLeft} again` : '';
  if (total === 0) return again;
  return again ? `Card ${position} of ${total} · ${again}` : `Card ${position} of ${total}`;
}

/** The end-of-session sentence: how many cards, how many needed another try, and that all is saved. */
export function summary(cards: number, grades: number, mode: Mode): string {
  if (cards === 0) return `${grades} ${grades === 1 ? 'repeat' : 'repeats'} done. Every grade is saved.`;
  const repeats = grades - cards;
  const again = repeats > 0 ? `; ${repeats} ${repeats === 1 ? 'repeat' : 'repeats'} until you knew them` : '';
  const drill = mode === 'drill' ? ' Drills do not change your schedule.' : '';
  return `${cards} ${cards === 1 ? 'card' : 'cards'} done${again}. Every grade is saved.${drill}`;
}

/** The status line after a grade: saving or saved, the grade in words, and whether the card comes back. */
export function statusText(session: Pick<Session, 'last' | 'saving'>): string {
  const { last } = session;
  if (!last) return '';
  const again = last.requeued ? ' That card comes back later this session.' : '';
  return `${session.saving > 0 ? 'Saving' : 'Saved'}: ${last.grade} · ${GRADE_LABELS[last.grade]}.${again}`;
}

/** The error banner's sentence, or null when there is none. */
export function errorText(session: Pick<Session, 'error'>): string | null {
  const { error } = session;
  if (!error) return null;
  if (error.kind === 'undo') return `Undo failed: ${error.reason}.`;
  return gradeNotSavedText(error.reason);
}
