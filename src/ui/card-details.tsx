// The parts of an answer shown under the outline: follow-ups, red flags, senior signal, code, sources.
// Each is a <details> section, so a phone user skims the headings and opens what they want.
import type { ComponentChildren } from 'preact';
import type { Card } from '../deck/types';
import { RichText } from './rich-text';
import './card.css';

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

function Section({ title, open, children }: { title: string; open: boolean; children: ComponentChildren }) {
  return (
    <details class="extra" open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/** True on a screen too narrow to show every section of an answer at once (the phone layout's breakpoint). */
export function isNarrow(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(max-width: 640px)').matches;
}

/**
 * Follow-up probes, red flags, the senior signal, code examples and sources of a card. `collapsed`: every
 * section starts closed (the review screen on a phone); otherwise all but the sources start open.
 */
export function CardDetails({ card, collapsed = false }: { card: Card; collapsed?: boolean }) {
  const open = !collapsed;
  return (
    <div class="extras">
      <Section title={`Follow-ups (${card.followUps.length})`} open={open}>
        <List items={card.followUps} />
      </Section>
      <Section title={`Red flags (${card.redFlags.length})`} open={open}>
        <List items={card.redFlags} />
      </Section>
      <Section title="Senior signal" open={open}>
        <p>
          <RichText text={card.seniorSignal} />
        </p>
      </Section>
      {card.examples.map((ex, i) => (
        <Section key={i} title={`Example${card.examples.length > 1 ? ` ${i + 1}` : ''} (${ex.language})`} open={open}>
          <pre tabIndex={0} aria-label={`Code example in ${ex.language}`}>
            <code>{ex.code}</code>
          </pre>
        </Section>
      ))}
      {card.sources.length > 0 && (
        <Section title={`Sources (${card.sources.length})`} open={false}>
          <List items={card.sources} />
        </Section>
      )}
    </div>
  );
}
