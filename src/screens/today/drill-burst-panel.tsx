// The topics of "Drill 5 minutes": the weakest topic as the main button, the others under it, each with its due
// and new drill cards. A run is up to 10 cards of one topic (src/srs/drill-burst.ts), started at /review?burst=.
import { burstTopics, BURST_SIZE, type BurstTopic } from '../../srs/drill-burst';
import { percent } from '../../ui/percent';
import type { DrillBurstProps } from './drill-burst';
import '../review/drill.css';

function counts(t: BurstTopic): string {
  return `${t.due} due · ${t.fresh} new · ${percent(t.readiness)} ready`;
}

/** The topics of a deck with drill cards, least ready first. */
export function DrillBurstPanel({ deck, cards, now, hrefOf }: DrillBurstProps & { hrefOf: (group: string) => string }) {
  const drills = new Set(deck.cards.filter((c) => c.kind !== undefined && c.kind !== 'outline').map((c) => c.id));
  const topics = burstTopics(
    cards,
    drills,
    deck.groups.map((g) => g.id),
    now,
  );
  const title = (id: string): string => deck.groups.find((g) => g.id === id)?.title ?? id;
  const href = (t: BurstTopic): string => hrefOf(t.group);
  const [first, ...rest] = topics;
  if (!first) return null;
  return (
    <>
      <p class="muted">Up to {BURST_SIZE} quick cards of one topic, weakest first; due and new cards are scheduled as in a review.</p>
      <a class="button primary wide" href={href(first)}>
        Drill 5 minutes: {title(first.group)}
      </a>
      <p class="muted burst-counts">{counts(first)}</p>
      {rest.length > 0 && (
        <details class="burst-topics">
          <summary>Other topics ({rest.length})</summary>
          <ul>
            {rest.map((t) => (
              <li key={t.group}>
                <a href={href(t)}>{title(t.group)}</a> <span class="muted">· {counts(t)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
