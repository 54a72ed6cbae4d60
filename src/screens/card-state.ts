// Words for where a card stands in its schedule, as Browse shows them.
import type { CardSchedule } from '../srs/fold';
import { formatDay } from '../ui/format-day';

const dateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

/** "new" (never repeated), "learning" (fewer than two passing repetitions in a row) or "review". */
export function stageOf(s: CardSchedule): 'new' | 'learning' | 'review' {
  if (s.due === null) return 'new';
  return s.repetitions < 2 ? 'learning' : 'review';
}

/** A due day as a short local date, or "—" when the card has none. */
export function formatDue(day: number | null): string {
  return day === null ? '—' : formatDay(day, dateFormat);
}
