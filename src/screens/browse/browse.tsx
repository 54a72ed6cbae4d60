// Browse: every card by group with its schedule; open one to read its whole answer outline.
import { useRoute } from 'preact-iso';
import { useLive } from '../../state/use-live';
import { RichText } from '../../ui/rich-text';
import { CardDetails } from '../../ui/card-details';
import type { Card } from '../../deck/types';
import type { CardSchedule } from '../../srs/fold';
import { db } from '../../db/instance';
import { activeDeck, deckHref, findCard, groupTitle, shownDecks } from '../../state/deck';
import { DeckPicker } from './deck-picker';
import { cardSchedule } from '../../db/queries';
import { emptyCardRow } from '../../db/card-row';
import { loadScheduledCards } from '../../state/load-cards';
import { isOutlineUpdated } from '../review/outline-updated';
import { formatDue } from './card-state';
import { cardState } from '../../srs/stats/card-states';
import { percent } from '../../ui/percent';
import { isDrill } from '../../deck/drill';
import { BrowseDrill } from './browse-drill';
import { formatInterval } from '../../ui/format-day';
import '../../ui/card.css';
import './browse.css';

function StateList({ schedule: s }: { schedule: CardSchedule }) {
  return (
    <dl class="state">
      <dt>State</dt>
      <dd>{cardState(s)}</dd>
      <dt>Next due</dt>
      <dd>{formatDue(s.due)}</dd>
      <dt>Interval</dt>
      <dd>{formatInterval(s.interval)}</dd>
      <dt>Ease</dt>
      <dd>{s.easeFactor.toFixed(2)}</dd>
      <dt>Last coverage</dt>
      <dd>{s.lastCoverage === null ? '—' : percent(s.lastCoverage)}</dd>
    </dl>
  );
}

function CardPage({ card }: { card: Card }) {
  const schedule = useLive(() => cardSchedule(db, activeDeck().id, card.id), [card.id]);
  return (
    <main id="main">
      <p>
        <a href={deckHref('/browse', activeDeck().id)}>← All cards</a>
      </p>
      <article class="panel">
        <p class="muted">
          {groupTitle(card.group)} {isOutlineUpdated(activeDeck().id, card.id) && <span class="badge">Outline updated</span>}
        </p>
        <h1 class="prompt">
          <RichText text={card.prompt} />
        </h1>
        {/* Keep the list's space while it loads, so the outline below does not jump. */}
        <div class={schedule ? '' : 'loading'} aria-busy={!schedule}>
          <StateList schedule={schedule ?? emptyCardRow(activeDeck().id, card.id)} />
        </div>
        {isDrill(card) ? (
          <BrowseDrill deckId={activeDeck().id} card={card} />
        ) : (
          <>
            <h2 class="outline-heading">Key points</h2>
            <ol>
              {card.outline.map((point, i) => (
                <li key={i}>
                  <RichText text={point} />
                </li>
              ))}
            </ol>
            <CardDetails card={card} />
          </>
        )}
      </article>
    </main>
  );
}

/** The Browse screen, or one card when the address names it. */
export function Browse() {
  const { params } = useRoute();
  const cards = useLive(() => loadScheduledCards(), []);
  const opened = params.id ? findCard(params.id) : undefined;
  if (opened) return <CardPage card={opened} />;
  if (params.id) {
    return (
      <main id="main">
        <h1>Card not found</h1>
        <p>
          This deck has no card called “{params.id}”. <a href={deckHref('/browse', activeDeck().id)}>See all cards</a>
        </p>
      </main>
    );
  }
  return (
    <main id="main">
      <h1>All cards</h1>
      {shownDecks().length > 1 && <DeckPicker current={activeDeck().id} />}
      {!cards && <p class="muted">Loading…</p>}
      {cards &&
        activeDeck().groups.map((g) => (
          <section key={g.id} aria-labelledby={`browse-${g.id}`}>
            <h2 id={`browse-${g.id}`} class="browse-group">
              {g.title}
            </h2>
            {cards
              .filter((c) => c.group === g.id)
              .map((item) => (
                <a key={item.id} class="panel browse-card" href={deckHref(`/browse/${item.id}`, activeDeck().id)}>
                  <span class="browse-prompt">
                    <RichText text={findCard(item.id)?.prompt ?? item.id} />
                    {isOutlineUpdated(activeDeck().id, item.id) && (
                      <>
                        {' '}
                        <span class="badge">Outline updated</span>
                      </>
                    )}
                  </span>
                  <StateList schedule={item.schedule} />
                </a>
              ))}
          </section>
        ))}
    </main>
  );
}
