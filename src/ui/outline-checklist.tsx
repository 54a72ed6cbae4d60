// The outline as a checklist of large tap targets: the user ticks the points they covered.
import { RichText } from './rich-text';
import './card.css';

/** Props: the outline points, which are ticked, and how to toggle one. */
export interface OutlineChecklistProps {
  points: string[];
  ticked: ReadonlySet<number>;
  onToggle: (index: number) => void;
}

/** Renders each outline point as a labelled checkbox. */
export function OutlineChecklist({ points, ticked, onToggle }: OutlineChecklistProps) {
  return (
    <ul class="checklist" aria-label="Key points: tick the ones you covered">
      {points.map((point, i) => (
        <li key={i}>
          <label>
            <input type="checkbox" checked={ticked.has(i)} onChange={() => onToggle(i)} />
            <span>
              <RichText text={point} />
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
