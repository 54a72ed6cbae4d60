// The parts of an answer shown under the outline: follow-ups, red flags, senior signal, code, sources.
import type { Card } from '../deck/types';
import { RichText } from './rich-text';

function List({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>
          <RichText text={item} />
        </li>
      ))}
    </ul>
  );
}

/** Follow-up probes, red flags, the senior signal, code examples and sources of a card. */
export function CardDetails({ card }: { card: Card }) {
  return (
    <div class="extras">
      <h3>Follow-ups</h3>
      <List items={card.followUps} />
      <h3>Red flags</h3>
      <List items={card.redFlags} />
      <h3>Senior signal</h3>
      <p>
        <RichText text={card.seniorSignal} />
      </p>
      {card.examples.map((ex, i) => (
        <figure key={i} class="example">
          <h3>Example{card.examples.length > 1 ? ` ${i + 1}` : ''}</h3>
          <pre tabIndex={0} aria-label={`Code example in ${ex.language}`}>
            <code>{ex.code}</code>
          </pre>
        </figure>
      ))}
      {card.sources.length > 0 && (
        <details class="sources">
          <summary>Sources ({card.sources.length})</summary>
          <List items={card.sources} />
        </details>
      )}
    </div>
  );
}
