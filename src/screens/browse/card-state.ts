// A card's due day as Browse shows it (its state in words is cardState, src/srs/stats/card-states.ts).
import { formatDay } from '../../ui/format-day';

const dateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

/** A due day as a short local date, or "—" when the card has none. */
export function formatDue(day: number | null): string {
  return day === null ? '—' : formatDay(day, dateFormat);
}
