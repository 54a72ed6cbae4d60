// Today: what to study next, deck by deck. Readiness per group, due and new counts, the weakest card, review and drill.
import { planReview, groupOverview, nextDueDay, studyNext, type GroupOverview } from '../../srs/plan';
import { interviewTime, localDay } from '../../srs/days';
import { formatDay } from '../../ui/format-day';
import { useLive } from '../../state/use-live';
import { useNow } from '../../ui/use-now';
import { percent } from '../../ui/percent';
import { activeHead, deckHref, deckList, shownDecks } from '../../state/deck';
import { useStore } from '../../ui/use-store';
import type { DeckHead } from '../../deck/head';
import type { Settings } from '../../db/settings';
import type { ScheduledCard } from '../../srs/plan';
import { interviewRules, mockMinutes, rangeText } from '../../srs/mock-rules';
import { BackupNudge } from './backup-nudge';
import { DrillBurst } from './drill-burst';
import { loadCardsByDeck, loadTodayHead } from './today-data';
import { useSlices } from '../../ui/use-slices';
import { useEffect, useMemo } from 'preact/hooks';
import { firstScreenShown } from '../../shell/first-screen';

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' });

/** One group in two lines: title and readiness over its bar, then word, counts, weakest card and drill. */
function GroupRow({
  deck,
  overview,
  title,
  interview,
  many,
}: {
  deck: DeckHead;
  overview: GroupOverview;
  title: string;
  interview: GroupOverview | null;
  many: boolean;
}) {
  // Under a deck's own h2 when Today shows several decks, so a screen reader's outline nests groups in their deck.
  const Heading = many ? 'h3' : 'h2';
  const weakest = overview.weakestId ? deck.cards.find((c) => c.id === overview.weakestId) : undefined;
  const id = `group-${deck.id}-${overview.group}`;
  return (
    // With several decks two may share a group title ("Races and locks"): the deck's title keeps each landmark's name unique.
    <section
      class="group-row"
      data-deck={deck.id}
      aria-labelledby={many ? undefined : id}
      aria-label={many ? `${title}, ${deck.title}` : undefined}
    >
      <header>
        <Heading id={id}>{title}</Heading>
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
          <a class="button small" href={deckHref(`/browse/${weakest.id}`, deck.id)}>
            Weakest<span class="sr-only"> card in {title}</span>
          </a>
        )}
        <a class="button small" href={deckHref('/review', deck.id, { drill: overview.group })}>
          Drill<span class="sr-only"> this group: {title}</span>
        </a>
      </div>
    </section>
  );
}

/** The way into a mock interview, sized by the deck's own rules. */
function MockEntry({ deck, many }: { deck: DeckHead; many: boolean }) {
  // A mock asks interview (outline) cards only: a deck of drill cards alone offers none.
  const asked = deck.cards.filter((c) => !c.kind || c.kind === 'outline').length;
  if (asked === 0) return null;
  const rules = interviewRules(deck.interview, asked, deck.groups.length);
  return (
    <a class="button wide mock-entry" href={deckHref('/mock', deck.id)}>
      Mock interview · {rangeText(rules.questions)} questions · about {mockMinutes(rules)} min
      {many && <span class="sr-only">: {deck.title}</span>}
    </a>
  );
}

type DeckTodayProps = { deck: DeckHead; cards: ScheduledCard[]; settings: Settings; now: number; many: boolean };

/** One deck on Today, rendered again only when its props change (Today adds decks in slices; issue 9). */
function DeckToday({ deck, cards, settings, now, many }: DeckTodayProps) {
  // The same element again makes Preact skip the subtree, so a new slice does not redo the decks above it.
  return useMemo(
    () => <DeckTodayView deck={deck} cards={cards} settings={settings} now={now} many={many} />,
    [deck, cards, settings, now, many],
  );
}

/** One deck on Today: its review, what to study next, and its groups. */
function DeckTodayView({ deck, cards, settings, now, many }: DeckTodayProps) {
  const plan = planReview(cards, now, settings.newPerDay);
  const next = nextDueDay(cards, now);
  const interviewAt = interviewTime(settings.interviewDate);
  const hasInterview = Number.isFinite(interviewAt) && localDay(interviewAt) >= localDay(now);
  const overviews = deck.groups.map((g) => groupOverview(cards, g.id, now));
  const weakest = studyNext(overviews);
  const groupTitle = (id: string): string => deck.groups.find((g) => g.id === id)?.title ?? id;
  return (
    <>
      <section
        class={many && plan.cardIds.length > 0 ? 'panel deck-panel' : 'panel'}
        aria-label={many ? `Review: ${deck.title}` : 'Review'}
      >
        {many && <h2 class="deck-title">{deck.title}</h2>}
        {plan.cardIds.length > 0 ? (
          <>
            <p>
              {plan.due} due · {plan.fresh} new{plan.again > 0 && ` · ${plan.again} to repeat`}
            </p>
            <a class="button primary wide" href={deckHref('/review', deck.id)}>
              Start review ({plan.cardIds.length} {plan.cardIds.length === 1 ? 'card' : 'cards'})
              {many && <span class="sr-only">: {deck.title}</span>}
            </a>
          </>
        ) : (
          <p>
            All caught up. {next !== null ? `Next card due ${formatDay(next, dateFormat)}.` : ''} Drill a group below to practise now;
            drills do not change your schedule.
          </p>
        )}
      </section>
      <MockEntry deck={deck} many={many} />
      <DrillBurst deck={deck} cards={cards} now={now} />
      {weakest && overviews.some((o) => o.word !== 'not started') && (
        <p class="study-next">
          Study next: <a href={deckHref('/review', deck.id, { drill: weakest.group })}>{groupTitle(weakest.group)}</a> ({weakest.word},{' '}
          {percent(weakest.readiness)})
        </p>
      )}
      <div class="panel groups">
        {deck.groups.map((g, i) => (
          <GroupRow
            key={g.id}
            deck={deck}
            title={g.title}
            overview={overviews[i]}
            many={many}
            interview={hasInterview ? groupOverview(cards, g.id, interviewAt) : null}
          />
        ))}
      </div>
    </>
  );
}

/** How many decks Today renders per slice after the first paint (each a few groups; see useSlices). */
const SLICE = 2;

/** The Today screen: every deck, the main built-in deck first (the first decks at once, the rest in slices). */
export function Today() {
  const now = useNow();
  const list = useStore(deckList);
  const decks = shownDecks().map((e) => e.deck);
  const active = activeHead();
  // First the main deck and the open one (its plan leads), then the others; both re-run when what they read changes.
  const first = decks.filter((d, i) => i === 0 || d.id === active.id);
  const head = useLive(() => loadTodayHead(first, active, now), [list, now]);
  // The other decks one at a time while Today is still the open screen (see loadCardsByDeck).
  const rest = useLive(
    () =>
      head
        ? loadCardsByDeck(
            decks.filter((d) => !first.includes(d)),
            () => location.pathname === '/',
          )
        : Promise.resolve(null),
    [list, now, head !== undefined],
  );
  // Decks strictly in order, so one that arrives later never pushes a shown one down.
  const cardsOf = (d: DeckHead) => head?.cards.get(d.id) ?? rest?.get(d.id);
  const missing = decks.findIndex((d) => !cardsOf(d));
  const ready = missing === -1 ? decks.length : missing;
  const shown = useSlices(ready, SLICE);
  // Once the first decks are on screen, background work may start (Preact runs effects after the paint).
  useEffect(() => void (head && shown && firstScreenShown()), [head, shown]);
  // Keyed apart, so the loading line is not reused for a paragraph further down (a layout shift).
  if (!head || shown === 0) {
    return (
      <main id="main" key="loading" aria-busy="true">
        <h1>Today</h1>
        <p class="muted">Loading…</p>
      </main>
    );
  }
  const { settings, plan } = head;
  const visible = decks.slice(0, shown);
  return (
    <main id="main" key="today" aria-busy={visible.length < decks.length}>
      <h1>Today</h1>
      {plan && <plan.Panel plan={plan.plan} settings={settings} now={now} />}
      <BackupNudge work={head.work} lastBackup={settings.lastBackup} now={now} />
      {visible.map((deck) => (
        <DeckToday key={deck.id} deck={deck} cards={cardsOf(deck)!} settings={settings} now={now} many={decks.length > 1} />
      ))}
      {visible.length === decks.length && (
        <p>
          <a href="/decks">Decks: import, update, export</a>
        </p>
      )}
    </main>
  );
}
