// The instructor's view of a class, computed from its students and their stored summaries (pure).
import type { ClassView, Distribution, StudentRow, ViewGroup, WeakCard } from '../src/protocol/class';
import type { StoredDecks } from './class-summary';

/** The fewest sharing students (with a summary) for which class-wide figures are shown. */
export const MIN_SHARING = 3;
/** Days without a graded card after which a sharing student is listed as inactive. */
export const INACTIVE_DAYS = 7;
/** How many weakest cards the view lists. */
export const WEAKEST_COUNT = 10;

/** A current student of the class and their summary, if they share and have sent one. */
export interface ViewStudent {
  id: string;
  displayName: string;
  sharing: boolean;
  joinedAt: string;
  summary: { activeDays14: number; pushedAt: string; decks: StoredDecks } | null;
}

/** The p-quantile of sorted values by linear interpolation between closest ranks (numpy's default). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of nothing');
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

// A student who sent no graded card sorts first among the inactive.
const NEVER = 1e9;

const round = (x: number, places = 4) => Math.round(x * 10 ** places) / 10 ** places;

function distribution(group: ViewGroup, shared: ViewStudent[]): Distribution | null {
  const values = shared
    .map((s) => s.summary!.decks[group.deckId])
    .filter((d) => d !== undefined)
    .map((d) => d.groups[group.groupId] ?? 0)
    .sort((a, b) => a - b);
  if (values.length < MIN_SHARING) return null;
  const q = (p: number) => round(quantile(values, p));
  return { ...group, students: values.length, min: q(0), q1: q(0.25), median: q(0.5), q3: q(0.75), max: q(1) };
}

function weakest(shared: ViewStudent[]): WeakCard[] {
  const cards = new Map<string, { deckId: string; cardId: string; students: number; gradeSum: number; lapses: number }>();
  for (const s of shared) {
    for (const [deckId, deck] of Object.entries(s.summary!.decks)) {
      for (const [cardId, , , , grade] of deck.cards) {
        const key = `${deckId}/${cardId}`;
        const c = cards.get(key) ?? { deckId, cardId, students: 0, gradeSum: 0, lapses: 0 };
        c.students++;
        c.gradeSum += grade;
        if (grade < 3) c.lapses++;
        cards.set(key, c);
      }
    }
  }
  return [...cards.values()]
    .filter((c) => c.students >= MIN_SHARING)
    .map((c) => ({
      deckId: c.deckId,
      cardId: c.cardId,
      students: c.students,
      meanLastGrade: round(c.gradeSum / c.students, 2),
      lapses: c.lapses,
    }))
    .sort(
      (a, b) =>
        a.meanLastGrade - b.meanLastGrade ||
        b.lapses - a.lapses ||
        b.students - a.students ||
        (a.deckId + a.cardId < b.deckId + b.cardId ? -1 : 1),
    )
    .slice(0, WEAKEST_COUNT);
}

function lastActiveDay(decks: StoredDecks): number | null {
  let last: number | null = null;
  for (const deck of Object.values(decks)) for (const c of deck.cards) last = Math.max(last ?? 0, c[5]);
  return last;
}

function row(s: ViewStudent, groups: ViewGroup[]): StudentRow {
  const sum = s.summary;
  const decks = sum ? Object.values(sum.decks) : [];
  return {
    studentId: s.id,
    displayName: s.displayName,
    sharing: s.sharing,
    joinedAt: s.joinedAt,
    summaryAt: sum?.pushedAt ?? null,
    activeDays14: sum?.activeDays14 ?? null,
    lastActiveDay: sum ? lastActiveDay(sum.decks) : null,
    cardsGraded: sum ? decks.reduce((n, d) => n + d.cards.length, 0) : null,
    readiness: groups.map((g) => {
      const deck = sum?.decks[g.deckId];
      return deck ? round(deck.groups[g.groupId] ?? 0) : null;
    }),
  };
}

/**
 * The instructor's view. Class-wide figures (readiness distributions, weakest cards) need at least
 * MIN_SHARING sharing students with a summary, and each figure at least that many students behind it, so
 * none describes one or two people; the per-student table and the inactive list show what each student
 * agreed to share with the instructor by name.
 */
export function classView(name: string, students: ViewStudent[], groups: ViewGroup[], now: Date): ClassView {
  const today = Math.floor(now.getTime() / 86_400_000);
  const shared = students.filter((s) => s.sharing && s.summary !== null);
  const withheld =
    shared.length < MIN_SHARING
      ? `Class-wide figures appear once at least ${MIN_SHARING} students share their progress (${shared.length} ${shared.length === 1 ? 'does' : 'do'} so far), so they never describe one or two people.`
      : null;
  const rows = students.map((s) => row(s, groups));
  const inactive = rows
    .filter((r) => r.summaryAt !== null && (r.lastActiveDay === null || today - r.lastActiveDay >= INACTIVE_DAYS))
    .map((r) => ({
      studentId: r.studentId,
      displayName: r.displayName,
      lastActiveDay: r.lastActiveDay,
      daysInactive: r.lastActiveDay === null ? null : today - r.lastActiveDay,
    }))
    .sort((a, b) => (b.daysInactive ?? NEVER) - (a.daysInactive ?? NEVER) || a.displayName.localeCompare(b.displayName));
  return {
    name,
    asOf: now.toISOString(),
    today,
    joined: students.length,
    sharing: students.filter((s) => s.sharing).length,
    groups,
    withheld,
    distribution: withheld ? [] : groups.map((g) => distribution(g, shared)).filter((d) => d !== null),
    weakest: withheld ? [] : weakest(shared),
    inactive,
    students: rows,
  };
}
