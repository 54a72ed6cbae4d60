// /review, /review?drill=GROUP and /review?exam=1 (today's exam passes, logged as drills): plans the session once from the stored schedules, then runs it.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { planDrill, planReview } from '../../srs/plan';
import { planBurst } from '../../srs/drill-burst';
import { isDrill } from '../../deck/drill';
import { loadSettings } from '../../db/settings';
import { recordGrade, undoGrade } from '../../db/record';
import { requestPersistenceOnce } from '../../db/durability';
import { db } from '../../db/instance';
import { activeDeck, groupTitle } from '../../state/deck';
import { describeStorageError } from '../../state/storage-error';
import { loadScheduledCards } from '../../state/load-cards';
import { Review, type ReviewProps } from './review';
import type { SessionStorage } from './use-review-session';

type Plan = Pick<ReviewProps, 'cardIds' | 'againIds' | 'mode' | 'title'>;

async function planSession(drillGroup: string | undefined, exam: boolean, burstGroup?: string): Promise<Plan> {
  const [cards, settings] = await Promise.all([loadScheduledCards(), loadSettings(db)]);
  const now = Date.now();
  if (exam && settings.interviewDate) {
    // Exam passes are drills: they count toward readiness and never move the SM-2 schedule.
    const { loadInterviewPlan } = await import('../today/interview-plan');
    const plan = await loadInterviewPlan(settings, now, cards);
    return { cardIds: plan.days[0]?.passes ?? [], againIds: [], mode: 'drill', title: 'Exam passes' };
  }
  if (burstGroup) {
    // "Drill 5 minutes": due and new drill cards of one topic, scheduled as a review (src/srs/drill-burst.ts).
    const drills = new Set(
      activeDeck()
        .cards.filter(isDrill)
        .map((c) => c.id),
    );
    const burst = planBurst(cards, drills, burstGroup, now);
    return { ...burst, againIds: [], title: `Drill 5 minutes: ${groupTitle(burstGroup)}` };
  }
  if (drillGroup)
    return { cardIds: planDrill(cards, drillGroup, now), againIds: [], mode: 'drill', title: `Drill: ${groupTitle(drillGroup)}` };
  const plan = planReview(cards, now, settings.newPerDay);
  return { cardIds: plan.cardIds, againIds: plan.againIds, mode: 'review', title: 'Review' };
}

// Grades go to the log of the deck being practised, timed by the wall clock.
const storage: SessionStorage = {
  record: async (w) => {
    const input = {
      deckId: activeDeck().id,
      cardId: w.cardId,
      grade: w.grade,
      ticked: w.ticked,
      pointCount: w.pointCount,
      durationMs: w.durationMs,
      mode: w.mode,
      time: Date.now(),
    };
    // The choice made on a predict or choice card goes into its log row (the review shows it later).
    return (await recordGrade(db, { ...input, ...(w.choice !== undefined && { choice: w.choice }) })).id;
  },
  takeBack: (id) => undoGrade(db, id),
  describe: describeStorageError,
};

// Asked when a session ends, never during one: Firefox shows a permission prompt for it.
const askForPersistence = (): void => void requestPersistenceOnce(db).catch(() => null);

/** The review route: a daily review, or a drill of one group. */
export function ReviewRoute() {
  const { query } = useLocation();
  const drill = query.drill && activeDeck().groups.some((g) => g.id === query.drill) ? query.drill : undefined;
  const exam = query.exam === '1';
  const burst = query.burst && activeDeck().groups.some((g) => g.id === query.burst) ? query.burst : undefined;
  const [session, setSession] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setSession(null);
    planSession(drill, exam, burst).then(setSession, (cause: unknown) =>
      setError(`Could not open your progress: ${describeStorageError(cause)}.`),
    );
  }, [drill, exam, burst]);
  if ((query.drill && !drill) || (query.burst && !burst)) {
    return (
      <main id="main">
        <h1>No such group</h1>
        <p>
          This deck has no group called “{query.drill ?? query.burst}” to drill. <a href="/">Back to Today</a>
        </p>
      </main>
    );
  }
  if (error)
    return (
      <main id="main">
        <p class="banner error" role="alert">
          {error}
        </p>
      </main>
    );
  if (!session)
    return (
      <main id="main" aria-busy="true">
        <p class="muted">Loading…</p>
      </main>
    );
  return (
    <Review
      key={drill ?? (burst ? `burst-${burst}` : exam ? 'exam' : 'review')}
      deck={activeDeck()}
      storage={storage}
      onDone={askForPersistence}
      {...session}
    />
  );
}
