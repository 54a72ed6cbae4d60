// Today: what to study next. Readiness per group, due and new counts, the weakest card, review and drill.
import { planReview, groupOverview, nextDueDay, studyNext, type GroupOverview } from '../srs/plan';
import { dayStart, localDay } from '../srs/days';
import { loadSettings } from '../db/settings';
import { useLive } from '../state/use-live';
import { useNow } from '../ui/use-now';
import { RichText } from '../ui/rich-text';
import { percent } from '../ui/percent';
import { db } from '../db/instance';
import { activeDeck, findCard, groupTitle } from '../state/deck';
import { loadScheduledCards } from './load-cards';

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' });

/** One group in two lines: title and readiness over its bar, then word, counts, weakest card and drill. */
function GroupRow({ overview, title, interview }: { overview: GroupOverview; title: string; interview: GroupOverview | null }) {
  const weakest = overview.weakestId ? findCard(overview.weakestId) : undefined;
  const id = `group-${overview.group}`;
  return (
    <section class="group-row" aria-labelledby={id}>
      <header>
        <h2 id={id}>{title}</h2>
        <span class="readiness">{percent(overview.readiness)}</span>
      </header>
      <div
        class="meter"
        role="meter"
        aria-label={`${title} readiness`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(overview.readiness * 100)}
        aria-valuetext={`${percent(overview.readiness)}, ${overview.word}`}
      >
        <span style={{ width: percent(overview.readiness) }} />
      </div>
      <div class="group-line">
        <p class="stats">
          <span class={`word word-${overview.word.replace(/ /g, '-')}`}>{overview.word}</span>
          <span>{overview.due} due</span>
          <span>{overview.fresh} new</span>
          {interview && <span>On interview day: {percent(interview.readiness)} if you stop now.</span>}
        </p>
        {weakest && (
          <a class="button small" href={`/browse/${weakest.id}`}>
            Weakest<span class="sr-only"> card: <RichText text={weakest.prompt} /></span>
          </a>
        )}
        <a class="button small" href={`/review?drill=${overview.group}`}>
          Drill<span class="sr-only"> this group: {title}</span>
        </a>
      </div>
    </section>
  );
}

/** The Today screen. */
export function Today() {
  const now = useNow();
  const data = useLive(async () => ({ cards: await loadScheduledCards(), settings: await loadSettings(db) }), []);
  if (!data) return <main id="main" aria-busy="true"><p class="muted">Loading…</p></main>;
  const plan = planReview(data.cards, now, data.settings.newPerDay);
  const next = nextDueDay(data.cards, now);
  const interviewAt = data.settings.interviewDate ? new Date(`${data.settings.interviewDate}T09:00`).getTime() : NaN;
  const hasInterview = Number.isFinite(interviewAt) && localDay(interviewAt) >= localDay(now);
  const overviews = activeDeck().groups.map((g) => groupOverview(data.cards, g.id, now));
  const weakest = studyNext(overviews);
  return (
    <main id="main">
      <h1>Today</h1>
      <section class="panel" aria-label="Review">
        {plan.cardIds.length > 0 ? (
          <>
            <p>
              {plan.due} due · {plan.fresh} new{plan.again > 0 && ` · ${plan.again} to repeat`}
            </p>
            <a class="button primary wide" href="/review">
              Start review ({plan.cardIds.length} {plan.cardIds.length === 1 ? 'card' : 'cards'})
            </a>
          </>
        ) : (
          <p>
            All caught up. {next !== null ? `Next card due ${dateFormat.format(dayStart(next))}.` : ''} Drill a group below to
            practise now; drills do not change your schedule.
          </p>
        )}
      </section>
      {weakest && overviews.some((o) => o.word !== 'not started') && (
        <p class="study-next">
          Study next: <a href={`/review?drill=${weakest.group}`}>{groupTitle(weakest.group)}</a> ({weakest.word}, {percent(weakest.readiness)})
        </p>
      )}
      <div class="panel groups">
        {activeDeck().groups.map((g, i) => (
          <GroupRow
            key={g.id}
            title={g.title}
            overview={overviews[i]}
            interview={hasInterview ? groupOverview(data.cards, g.id, interviewAt) : null}
          />
        ))}
      </div>
    </main>
  );
}
