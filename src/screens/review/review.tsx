// The review screen: one card at a time, keyboard shortcuts, undo, and a summary at the end. The session's
// rules live in src/srs/session.ts; this file only draws it and passes on what the user does.
import { useEffect, useLayoutEffect, useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Deck } from '../../deck/types';
import type { Mode } from '../../srs/log-row';
import { currentCard, isAgain, progress, undoLast } from '../../srs/queue';
import { gradedCount, suggestedGrade } from '../../srs/session';
import { keyAction } from '../../srs/session-keys';
import { useReviewSession, type SessionStorage } from './use-review-session';
import { useSessionKeys } from '../../ui/session-runner';
import { errorText, progressText, statusText, summary } from './review-text';
import { ReviewCard } from './review-card';
import { ReviewBar } from './review-bar';
import { DrillCard } from './drill-card';
import { DrillBar } from './drill-bar';
import { drillInfo } from '../../srs/drill-session';
import { hasChoices, isDrill } from '../../deck/drill';
import { SessionSummary, useSessionStart } from './session-summary';
import { useFocusMode } from '../../shell/focus-mode';
import '../../ui/card.css';
import './review.css';

/** Props: the cards of this session (fixed when it starts), where grades are saved, and when it is over. */
export interface ReviewProps {
  deck: Deck;
  cardIds: string[];
  againIds: string[];
  mode: Mode;
  title: string;
  storage: SessionStorage;
  /** Called once the user leaves a session with at least one grade, or finishes it (a calm moment to ask things). */
  onDone?: () => void;
  /** The clock (ms) and the double-tap window; tests pass their own. */
  now?: () => number;
  slipMs?: number;
}

/** Runs a session and renders its current card. */
export function Review({ deck, cardIds, againIds, mode, title, storage, onDone, now = () => performance.now(), slipMs }: ReviewProps) {
  const cards = useMemo(() => new Map(deck.cards.map((c) => [c.id, c])), [deck]);
  const outlineSizes = useMemo(() => Object.fromEntries(cardIds.map((id) => [id, cards.get(id)?.outline.length ?? 0])), []);
  const drills = useMemo(() => drillInfo(cardIds.flatMap((id) => cards.get(id) ?? [])), []);
  const [session, runner] = useReviewSession({ cardIds, againIds, mode, outlineSizes, slipMs, drills }, storage, now);
  useSessionKeys(runner, keyAction, now);
  const { route } = useLocation();
  // A choice card stays on screen with its answer until "Next", though the queue has moved on.
  const cardId = session.feedback?.cardId ?? currentCard(session.queue);
  const card = cardId ? cards.get(cardId) : undefined;
  const graded = gradedCount(session);
  // The card gets the whole phone screen: the bottom bar steps aside until the session is over.
  useFocusMode(card !== undefined);
  const start = useSessionStart();

  // Keep keyboard and screen-reader users on the new card: focus its heading when it changes.
  useLayoutEffect(() => {
    document.getElementById('prompt')?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [cardId]);

  // Finished, or left with grades given: never in the middle of a card.
  const done = !card && graded > 0;
  useEffect(() => {
    if (done) onDone?.();
  }, [done]);
  useEffect(() => () => void (gradedCount(runner.store.get()) > 0 && onDone?.()), []);

  // While a choice's answer shows, the progress still counts that card.
  const { position, total, againLeft } = progress(session.feedback ? undoLast(session.queue) : session.queue);
  const empty = total === 0 && graded === 0 && !card;
  const error = errorText(session);
  // The next card is shorter, so Undo can land under the finger of a double tap on a grade: the session ignores that.
  const undoTap = (): void => runner.dispatch({ type: 'undo', at: now(), tap: true });
  return (
    <main id="main" class={card ? 'review' : undefined}>
      <div class="progress">
        <span>{title}</span>
        {card && <span aria-live="polite">{progressText(position, total, againLeft)}</span>}
      </div>
      <div class="meter" aria-hidden="true">
        <span style={{ width: `${total ? (100 * (position - (card ? 1 : 0))) / total : 100}%` }} />
      </div>
      <p class="status-line" role="status" data-saving={session.saving}>
        {statusText(session)}
      </p>
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      {card && isDrill(card) ? (
        <DrillCard
          card={card}
          groupTitle={deck.groups.find((g) => g.id === card.group)?.title ?? card.group}
          again={!session.feedback && isAgain(session.queue)}
          feedback={session.feedback}
          revealed={session.revealed}
          onChoose={(index) => runner.dispatch({ type: 'choose', index, at: now() })}
        />
      ) : card ? (
        <ReviewCard
          deckId={deck.id}
          card={card}
          groupTitle={deck.groups.find((g) => g.id === card.group)?.title ?? card.group}
          again={isAgain(session.queue)}
          revealed={session.revealed}
          ticked={new Set(session.ticked)}
          onToggle={(index) => runner.dispatch({ type: 'toggle', index })}
        />
      ) : (
        <section class="panel" aria-labelledby="done">
          <h1 id="prompt" tabIndex={-1}>
            <span id="done">{empty ? 'Nothing to review' : 'Session complete'}</span>
          </h1>
          {empty ? (
            <p>No card is due right now. Drill a group from Today to practise anyway.</p>
          ) : (
            <SessionSummary sentence={summary(total, graded, mode)} graded={graded} start={start} />
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
      {card && isDrill(card) && (
        <DrillBar
          step={session.feedback ? 'answered' : hasChoices(card) ? 'choose' : session.revealed ? 'shortRevealed' : 'short'}
          canUndo={graded > 0}
          onReveal={() => runner.dispatch({ type: 'reveal', at: now() })}
          onNext={() => runner.dispatch({ type: 'next', at: now() })}
          onGrade={(grade) => runner.dispatch({ type: 'grade', grade, at: now() })}
          onUndo={undoTap}
        />
      )}
      {card && !isDrill(card) && (
        <ReviewBar
          revealed={session.revealed}
          ticked={session.ticked.length}
          points={card.outline.length}
          suggested={suggestedGrade(session)}
          canUndo={graded > 0}
          onReveal={() => runner.dispatch({ type: 'reveal', at: now() })}
          onGrade={(grade) => runner.dispatch({ type: 'grade', grade, at: now() })}
          onUndo={undoTap}
        />
      )}
      {!card && graded > 0 && (
        <div class="row session-actions">
          <button type="button" onClick={undoTap} aria-keyshortcuts="U">
            Undo last grade <kbd>U</kbd>
          </button>
        </div>
      )}
    </main>
  );
}
