// The review's keys as session actions: Space or Enter shows the answer, 0–5 grade, Enter confirms the suggested
// grade, U undoes; a drill card's own keys come first (drill-session.ts). Pure.
import { currentCard } from './queue';
import { drillKeyAction } from './drill-session';
import { suggestedGrade, type Session, type SessionAction } from './session';

/** A key press as the review screen sees it: where focus was, and whether it is a repeat or a shortcut chord. */
export interface KeyPress {
  key: string;
  at: number;
  /** A held key repeating. */
  repeat: boolean;
  /** Ctrl, Meta or Alt held: the browser's or the system's shortcut, not ours. */
  modified: boolean;
  /** Focus is in a text field. */
  typing: boolean;
  /** Focus is on a control (button, link, checkbox…), where Space and Enter keep their own meaning. */
  onControl: boolean;
}

/** What a key press does to the session, or null when it is not ours (the browser keeps it). */
export function keyAction(s: Session, k: KeyPress): SessionAction | null {
  // A held key repeats: never let one long press show the answer and then grade it.
  if (k.repeat || k.modified || k.typing) return null;
  const drill = drillKeyAction(s, k);
  if (drill !== undefined) return drill;
  const hasCard = currentCard(s.queue) !== null;
  const spaceOrEnter = k.key === ' ' || k.key === 'Enter';
  if (!s.revealed && hasCard && spaceOrEnter && !k.onControl) return { type: 'reveal', at: k.at };
  if (s.revealed && /^[0-5]$/.test(k.key)) return { type: 'grade', grade: Number(k.key), at: k.at };
  // Enter confirms the suggested grade, unless it comes right after the answer was shown (a double press).
  if (s.revealed && hasCard && k.key === 'Enter' && !k.onControl && k.at - s.revealedAt > s.slipMs) {
    return { type: 'grade', grade: suggestedGrade(s), at: k.at };
  }
  if (k.key === 'u' || k.key === 'U') return { type: 'undo', at: k.at };
  return null;
}
