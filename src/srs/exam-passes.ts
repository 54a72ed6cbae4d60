// Places exam passes on the days of a plan within the time budget, spreading the load. Pure.

/** An exam pass the plan wants: which card, on which days it may fall, and how urgent it is. */
export interface PassRequest {
  cardId: string;
  group: string;
  /** 'final' for the pass in the last 48 hours, 'pass' for an extra one before then. */
  kind: 'pass' | 'final';
  /** The study days it may fall on, ascending. */
  days: readonly number[];
  /** Lower is more urgent (the card's expected readiness if the candidate stopped today). */
  priority: number;
}

/** The part of a plan day that placement reads and fills. */
export interface PassDay {
  day: number;
  reviews: readonly string[];
  passes: string[];
  minutes: number;
  budget: number | null;
}

/** Where the passes went. */
export interface Placement {
  /** Card id → the days of its passes (every card of a request has an entry). */
  passDays: Map<string, number[]>;
  dropped: { cardId: string; group: string; kind: 'pass' | 'final' }[];
  /** The most minutes a day would need if no pass were dropped. */
  fitMinutes: number;
}

/** The day of `candidates` with the least load that `fits`; on a tie the later one (fresher for the interview). */
function lightest(candidates: readonly number[], load: Map<number, number>, fits: (day: number) => boolean): number | null {
  let best: number | null = null;
  for (const d of candidates) if (fits(d) && (best === null || load.get(d)! <= load.get(best)!)) best = d;
  return best;
}

/**
 * Puts each requested pass on the lightest allowed day with room: final passes first, then extra ones,
 * the least ready cards first, so when the budget runs out it is the strongest cards' passes that go.
 * Fills `days` (passes, minutes) in place.
 */
export function placePasses(days: PassDay[], requests: readonly PassRequest[], secondsPerCard: number): Placement {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const load = new Map(days.map((d) => [d.day, d.reviews.length * secondsPerCard]));
  const unlimited = new Map(load);
  const order = [...requests].sort((a, b) => (a.kind === b.kind ? a.priority - b.priority : a.kind === 'final' ? -1 : 1));
  const passDays = new Map<string, number[]>(requests.map((r) => [r.cardId, []]));
  const dropped: Placement['dropped'] = [];
  for (const r of order) {
    const u = lightest(r.days, unlimited, () => true);
    if (u !== null) unlimited.set(u, unlimited.get(u)! + secondsPerCard);
    const day = lightest(r.days, load, (d) => {
      const budget = byDay.get(d)!.budget;
      return budget === null || load.get(d)! + secondsPerCard <= budget * 60;
    });
    if (day === null) {
      dropped.push({ cardId: r.cardId, group: r.group, kind: r.kind });
      continue;
    }
    load.set(day, load.get(day)! + secondsPerCard);
    byDay.get(day)!.passes.push(r.cardId);
    passDays.get(r.cardId)!.push(day);
  }
  for (const d of days) d.minutes = Math.ceil(load.get(d.day)! / 60);
  const fitMinutes = Math.max(0, ...[...unlimited.values()].map((s) => Math.ceil(s / 60)));
  return { passDays, dropped, fitMinutes };
}
