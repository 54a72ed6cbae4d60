// "Drill 5 minutes" on Today, for a deck with drill cards: a small frame drawn at once, its topics filled in by a
// lazily loaded panel (drill-burst-panel.tsx), so Today's first load carries only this file. The panel is
// handed its links rather than importing the deck state, so the first load stays one chunk.
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { CardKind } from '../../deck/types';
import type { ScheduledCard } from '../../srs/plan';
import { deckHref } from '../../state/deck';

/** What the panel needs of a deck: its id, groups and each card's kind (a card without one is an outline card). */
export interface BurstDeck {
  id: string;
  title: string;
  groups: readonly { id: string; title: string }[];
  cards: readonly { id: string; kind?: CardKind }[];
}

/** Props of the entry and its panel. */
export interface DrillBurstProps {
  deck: BurstDeck;
  cards: readonly ScheduledCard[];
  now: number;
}

type PanelProps = DrillBurstProps & { hrefOf: (group: string) => string };
let panel: Promise<FunctionComponent<PanelProps>> | null = null;

/** The "Drill 5 minutes" section, or nothing for a deck with no drill cards. */
export function DrillBurst(props: DrillBurstProps) {
  const hasDrills = props.deck.cards.some((c) => c.kind !== undefined && c.kind !== 'outline');
  const [Panel, setPanel] = useState<FunctionComponent<PanelProps> | null>(null);
  useEffect(() => {
    if (!hasDrills) return;
    panel ??= import('./drill-burst-panel').then((m) => m.DrillBurstPanel);
    // A chunk that cannot load (an update removed it) leaves the section's frame: Today keeps working.
    void panel.then(
      (p) => setPanel(() => p),
      () => (panel = null),
    );
  }, [hasDrills]);
  if (!hasDrills) return null;
  return (
    // Named with the deck: Today may show several decks with drills, and landmarks need unique names.
    <section class="panel burst" aria-label={`Drill 5 minutes: ${props.deck.title}`}>
      <h2>Drill 5 minutes</h2>
      {Panel ? (
        <Panel {...props} hrefOf={(group) => deckHref('/review', props.deck.id, { burst: group })} />
      ) : (
        <p class="muted">Loading topics…</p>
      )}
    </section>
  );
}
