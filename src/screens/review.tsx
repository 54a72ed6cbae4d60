// The review screen: one card at a time, keyboard shortcuts, undo, and a summary at the end.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { currentCard, isAgain, progress, type Mode } from '../srs/queue';
import { coverage, GRADE_LABELS, suggestGrade } from '../srs/grading';
import { findCard, groupTitle } from '../state/deck';
import { useReviewSession } from './use-review-session';
import { ReviewCard } from './review-card';
import { useFocusMode } from '../shell/focus-mode';
import { ReviewBar } from './review-bar';
import { SessionSummary, useSessionStart } from './session-summary';

/** Props: the cards of this session, fixed when it starts. */
export interface ReviewProps {
  cardIds: string[];
  countedToday: string[];
  againIds: string[];
  mode: Mode;
  title: string;
}

// Shortcuts stay off while the user types text; checkboxes and buttons keep them.
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button'].includes(target.type);
  return target.isContentEditable || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA';
}

/** How long after showing an answer (or grading) a stray Enter or tap is treated as a slip, in ms. */
const CONFIRM_DELAY_MS = 400;

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

/** Runs a session and renders its current card. */
export function Review({ cardIds, countedToday, againIds, mode, title }: ReviewProps) {
  const session = useReviewSession(cardIds, mode, countedToday, againIds);
  const { route } = useLocation();
  const cardId = currentCard(session.queue);
  const card = cardId ? findCard(cardId) : undefined;
  const suggested = card ? suggestGrade(coverage(session.ticked.size, card.outline.length)) : 0;
  // The card gets the whole phone screen: the bottom bar steps aside until the session is over.
  useFocusMode(card !== undefined);
  const start = useSessionStart();

  // One listener for the whole session reading the latest state through a ref: a listener re-added
  // after each render would miss keys pressed before the effect runs (fast typists, key repeat).
  const latest = useRef({ session, card, suggested });
  latest.current = { session, card, suggested };
  // When the answer was shown and when the last grade was given, to tell a decision from a slip.
  const revealedAt = useRef(0);
  const gradedAt = useRef(0);
  useLayoutEffect(() => {
    if (session.revealed) revealedAt.current = performance.now();
  }, [session.revealed, cardId]);
  useLayoutEffect(() => {
    gradedAt.current = performance.now();
  }, [session.graded]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const { session: s, card: c, suggested: grade } = latest.current;
      // A held key repeats: never let one long press show the answer and then grade it.
      if (event.repeat || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // Space and Enter keep their own meaning on a control (a checkbox ticks, a button presses).
      const onButton = event.target instanceof Element && event.target.closest('button, a, input, select, summary') !== null;
      if (!s.revealed && c && (event.key === ' ' || event.key === 'Enter') && !onButton) {
        event.preventDefault();
        s.reveal();
      } else if (s.revealed && /^[0-5]$/.test(event.key)) {
        event.preventDefault();
        s.grade(Number(event.key));
      } else if (s.revealed && event.key === 'Enter' && !onButton && c && performance.now() - revealedAt.current > CONFIRM_DELAY_MS) {
        event.preventDefault();
        s.grade(grade);
      } else if (event.key === 'u' || event.key === 'U') {
        event.preventDefault();
        s.undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Keep keyboard and screen-reader users on the new card: focus its heading when it changes.
  useLayoutEffect(() => {
    document.getElementById('prompt')?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [cardId]);

  const { position, total, againLeft } = progress(session.queue);
  const empty = total === 0 && session.graded === 0 && !card;
  return (
    <main id="main" class={card ? 'review' : undefined}>
      <div class="progress">
        <span>{title}</span>
        {card && (
          <span aria-live="polite">{progressText(position, total, againLeft)}</span>
        )}
      </div>
      <div class="meter" aria-hidden="true">
        <span style={{ width: `${total ? (100 * (position - (card ? 1 : 0))) / total : 100}%` }} />
      </div>
      <p class="status-line" role="status" data-saving={session.saving}>
        {session.last &&
          `${session.saving > 0 ? 'Saving' : 'Saved'}: ${session.last.grade} · ${GRADE_LABELS[session.last.grade]}.${session.last.requeued ? ' That card comes back later this session.' : ''}`}
      </p>
      {session.error && (
        <p class="banner error" role="alert">
          {session.error}
        </p>
      )}
      {card ? (
        <ReviewCard
          card={card}
          groupTitle={groupTitle(card.group)}
          again={isAgain(session.queue)}
          revealed={session.revealed}
          ticked={session.ticked}
          onToggle={session.toggle}
        />
      ) : (
        <section class="panel" aria-labelledby="done">
          <h1 id="prompt" tabIndex={-1}>
            <span id="done">{empty ? 'Nothing to review' : 'Session complete'}</span>
          </h1>
          {empty ? (
            <p>No card is due right now. Drill a group from Today to practise anyway.</p>
          ) : (
            <SessionSummary sentence={summary(total, session.graded, mode)} graded={session.graded} start={start} />
          )}
          <button type="button" class="primary wide" onClick={() => route('/')}>
            Back to Today
          </button>
        </section>
      )}
      {card && (
        <div class="row session-actions">
          <a class="button" href="/">
            End session
          </a>
        </div>
      )}
      {card && (
        <ReviewBar
          revealed={session.revealed}
          ticked={session.ticked.size}
          points={card.outline.length}
          suggested={suggested}
          canUndo={session.graded > 0}
          onReveal={session.reveal}
          onGrade={session.grade}
          // The next card is shorter, so Undo can land under the finger of a double tap on a grade: ignore that.
          onUndo={() => performance.now() - gradedAt.current > CONFIRM_DELAY_MS && session.undo()}
        />
      )}
      {!card && session.graded > 0 && (
        <div class="row session-actions">
          <button type="button" onClick={() => performance.now() - gradedAt.current > CONFIRM_DELAY_MS && session.undo()} aria-keyshortcuts="U">
            Undo last grade <kbd>U</kbd>
          </button>
        </div>
      )}
    </main>
  );
}
