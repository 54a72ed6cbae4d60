// The review screen: one card at a time, keyboard shortcuts, undo, and a summary at the end.
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { currentCard, isAgain, progress, type Mode } from '../srs/queue';
import { coverage, suggestGrade } from '../srs/grading';
import { findCard, groupTitle } from '../app-state';
import { useReviewSession } from './use-review-session';
import { ReviewCard } from './review-card';

/** Props: the cards of this session, fixed when it starts. */
export interface ReviewProps {
  cardIds: string[];
  countedToday: string[];
  mode: Mode;
  title: string;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/** Runs a session and renders its current card. */
export function Review({ cardIds, countedToday, mode, title }: ReviewProps) {
  const session = useReviewSession(cardIds, mode, countedToday);
  const { route } = useLocation();
  const cardId = currentCard(session.queue);
  const card = cardId ? findCard(cardId) : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const onButton = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      if (!session.revealed && (event.key === ' ' || event.key === 'Enter') && !onButton) {
        event.preventDefault();
        session.reveal();
      } else if (session.revealed && /^[0-5]$/.test(event.key)) {
        event.preventDefault();
        session.grade(Number(event.key));
      } else if (session.revealed && event.key === 'Enter' && !onButton && card) {
        event.preventDefault();
        session.grade(suggestGrade(coverage(session.ticked.size, card.outline.length)));
      } else if (event.key === 'u' || event.key === 'U') {
        event.preventDefault();
        session.undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [session, card]);

  // Keep keyboard and screen-reader users on the new card: focus its heading when it changes.
  useEffect(() => {
    document.getElementById('prompt')?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [cardId]);

  const { position, total, againLeft } = progress(session.queue);
  return (
    <main id="main">
      <div class="progress">
        <span>{title}</span>
        {card && (
          <span aria-live="polite">
            Card {position} of {total}
            {againLeft > 0 && ` · ${againLeft} again`}
          </span>
        )}
      </div>
      <div class="meter" aria-hidden="true">
        <span style={{ width: `${total ? (100 * (position - (card ? 1 : 0))) / total : 100}%` }} />
      </div>
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
          onReveal={session.reveal}
          onToggle={session.toggle}
          onGrade={session.grade}
        />
      ) : (
        <section class="panel" aria-labelledby="done">
          <h1 id="prompt" tabIndex={-1}>
            <span id="done">{total === 0 ? 'Nothing to review' : 'Session complete'}</span>
          </h1>
          <p>
            {total === 0
              ? 'No card is due right now. Drill a group from Today to practise anyway.'
              : `You graded ${session.graded} times across ${total} cards. Every grade is saved.`}
          </p>
          <button type="button" class="primary wide" onClick={() => route('/')}>
            Back to Today
          </button>
        </section>
      )}
      <div class="row session-actions">
        <button type="button" onClick={session.undo} disabled={session.graded === 0} aria-keyshortcuts="U">
          Undo last grade <kbd class="muted">U</kbd>
        </button>
        <a class="button" href="/">
          End session
        </a>
      </div>
    </main>
  );
}
