// /review and /review?drill=GROUP: plans the session once from the stored schedules, then runs it.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { planDrill, planReview } from '../srs/plan';
import { loadSettings } from '../db/settings';
import { db } from '../db/instance';
import { activeDeck, groupTitle } from '../state/deck';
import { loadScheduledCards } from './load-cards';
import { Review, type ReviewProps } from './review';

async function planSession(drillGroup: string | undefined): Promise<ReviewProps> {
  const [cards, settings] = await Promise.all([loadScheduledCards(), loadSettings(db)]);
  const now = Date.now();
  if (drillGroup) {
    return { cardIds: planDrill(cards, drillGroup, now), countedToday: [], againIds: [], mode: 'drill', title: `Drill: ${groupTitle(drillGroup)}` };
  }
  const plan = planReview(cards, now, settings.newPerDay);
  return { cardIds: plan.cardIds, countedToday: plan.countedToday, againIds: plan.againIds, mode: 'review', title: 'Review' };
}

/** The review route: a daily review, or a drill of one group. */
export function ReviewRoute() {
  const { query } = useLocation();
  const drill = query.drill && activeDeck().groups.some((g) => g.id === query.drill) ? query.drill : undefined;
  const [session, setSession] = useState<ReviewProps | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setSession(null);
    planSession(drill).then(setSession, (cause: unknown) => setError(`Could not open your progress: ${(cause as Error).message}`));
  }, [drill]);
  if (query.drill && !drill) {
    return (
      <main id="main">
        <h1>No such group</h1>
        <p>
          This deck has no group called “{query.drill}” to drill. <a href="/">Back to Today</a>
        </p>
      </main>
    );
  }
  if (error) return <main id="main"><p class="banner error" role="alert">{error}</p></main>;
  if (!session) return <main id="main" aria-busy="true"><p class="muted">Loading…</p></main>;
  return <Review key={drill ?? 'review'} {...session} />;
}
