// What an import would do, before it does it: the problems (nothing changed), or the new deck or the update's diff.
import { count } from '../../lib/count';
import type { Deck } from '../../deck/types';
import type { ImportPlan } from '../../deck/diff';
import { problemLine, type DeckProblem } from '../../deck/import-check';
import { RichText } from '../../ui/rich-text';

/** Every problem as FILE:LINE: message with the offending line below it; nothing was changed. */
export function ProblemList({ file, problems }: { file: string; problems: DeckProblem[] }) {
  return (
    <div role="alert" class="deck-problems">
      <p>
        <strong>
          {file} was not imported: {problems.length} {problems.length === 1 ? 'problem' : 'problems'}.
        </strong>{' '}
        Nothing was changed.
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{problemLine(file, p)}</code>
            {p.text && <pre class="offending">{p.text}</pre>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function CardList({ title, ids, deck }: { title: string; ids: string[]; deck: Deck }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h3>
        {title} ({ids.length})
      </h3>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <RichText text={deck.cards.find((c) => c.id === id)?.prompt ?? id} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The deck's title and size, and for an update the cards added, removed and changed. */
export function PlanSummary({ deck, plan, stored }: { deck: Deck; plan: ImportPlan; stored: Deck | undefined }) {
  if (plan.kind === 'older') {
    return (
      <p role="alert">
        This file is version {deck.version} of “{deck.title}”, older than the version {plan.stored} you have. Nothing was changed.
      </p>
    );
  }
  if (plan.kind === 'same')
    return (
      <p role="status">
        You already have version {deck.version} of “{deck.title}”. Nothing was changed.
      </p>
    );
  const summary = `${deck.title}, version ${deck.version}: ${count(deck.cards.length, 'card')} in ${count(deck.groups.length, 'group')}.`;
  if (plan.kind === 'new' || !stored) return <p>New deck: {summary}</p>;
  const { diff } = plan;
  return (
    <>
      <p>
        Update from version {stored.version} to {summary} Your progress on every card that stays is kept; a card whose outline changed keeps
        its schedule and says “outline updated” the next time you see it.
      </p>
      <CardList title="Cards added" ids={diff.added} deck={deck} />
      <CardList title="Cards removed (they leave your sessions; their history is kept)" ids={diff.removed} deck={stored} />
      <CardList title="Prompt changed" ids={diff.promptChanged} deck={deck} />
      <CardList title="Outline changed" ids={diff.outlineChanged} deck={deck} />
      {diff.added.length + diff.removed.length + diff.promptChanged.length + diff.outlineChanged.length === 0 && (
        <p>No card's prompt or outline changed.</p>
      )}
    </>
  );
}
