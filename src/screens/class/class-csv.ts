// The instructor's view as a CSV file: one row per student, readiness per group in its own column.
import type { ClassView } from '../../protocol/class';

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A name starting with = + - @ would run as a formula in a spreadsheet: prefixed with a quote.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The per-student table as CSV text (readiness as percentages); a student who does not share has only name and dates. */
export function viewCsv(view: ClassView, groupTitle: (deckId: string, groupId: string) => string): string {
  const head = [
    'name',
    'sharing',
    'joined',
    'summary as of',
    'active days (last 14)',
    'cards graded',
    ...view.groups.map((g) => `${groupTitle(g.deckId, g.groupId)} readiness %`),
  ];
  const rows = view.students.map((s) => [
    s.displayName,
    s.sharing ? 'yes' : 'no',
    s.joinedAt,
    s.summaryAt,
    s.activeDays14,
    s.cardsGraded,
    ...s.readiness.map((r) => (r === null ? null : Math.round(r * 100))),
  ]);
  return [head, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
