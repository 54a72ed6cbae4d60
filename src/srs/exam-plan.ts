// The interview-date plan: day by day until the interview, the SM-2 reviews that fall due plus exam
// passes, within a daily time budget, and what readiness to expect. Pure: it reads schedules and never
// changes one; exam passes are logged as drills, so they count toward readiness and leave SM-2 alone.
import { applyGrade, type CardSchedule } from './fold';
import { cardReadiness, groupReadiness, recall } from './readiness';
import { suggestGrade } from './grading';
import { dayStart, localDay } from './days';
import type { ScheduledCard } from './plan';
import { placePasses, type PassRequest } from './exam-passes';

/** Below this predicted recall on the interview day a card gets an extra exam pass before the last 48 hours. */
export const LOW_RECALL = 0.8;

/** What the planner needs besides the cards. */
export interface PlanOptions {
  now: number;
  /** When the interview starts (the app uses 09:00 local on the chosen date). */
  interviewAt: number;
  /** Minutes available on a local day: null for no limit, 0 for a day off. */
  budget: (day: number) => number | null;
  secondsPerCard: number;
  /** New cards introduced per day by the daily review; 0 = all of them. */
  newPerDay: number;
}

/** One day of the plan. */
export interface PlanDay {
  day: number;
  /** SM-2 reviews due that day (new cards' first repetitions included), in deck order. */
  reviews: string[];
  /** Exam passes: cards to see again that day, logged as drills. */
  passes: string[];
  minutes: number;
  budget: number | null;
  /** True in the last 48 hours, when every card gets its final pass. */
  final: boolean;
  /** A mock interview is suggested that day. */
  mock: boolean;
}

/** Expected readiness of one group on the interview day. */
export interface GroupForecast {
  group: string;
  /** If the plan is followed. */
  follow: number;
  /** If the candidate stops today. */
  stop: number;
}

/** An exam pass the budget had no room for. */
export interface DroppedPass {
  cardId: string;
  group: string;
  kind: 'pass' | 'final';
}

/** The whole plan. */
export interface ExamPlan {
  /** 'past' when the interview day is before today (nothing is planned). */
  status: 'past' | 'planned';
  today: number;
  interviewDay: number;
  days: PlanDay[];
  forecast: GroupForecast[];
  /** Mean expected readiness over all cards on the interview day, following the plan / stopping today. */
  follow: number;
  stop: number;
  dropped: DroppedPass[];
  /** Days whose SM-2 reviews alone need more than the budget. */
  crowdedDays: number[];
  overBudget: boolean;
  /** The most minutes any day needs when nothing is dropped (what a budget must be to fit it all). */
  fitMinutes: number;
  mocks: number[];
  secondsPerCard: number;
}

const HOUR = 3_600_000;

/** When a planned study session on `day` is assumed to happen: now for today, 18:00 otherwise. */
function sessionTime(day: number, today: number, now: number): number {
  return day === today ? now : dayStart(day).getTime() + 18 * HOUR;
}

/** The interview-date plan for `cards` (one deck, deck order). */
export function planToInterview(cards: readonly ScheduledCard[], options: PlanOptions): ExamPlan {
  const { now, interviewAt, secondsPerCard: spc } = options;
  const today = localDay(now);
  const interviewDay = localDay(interviewAt);
  const groups = [...new Set(cards.map((c) => c.group))];
  const stopAt = (c: ScheduledCard) => cardReadiness(c.schedule, interviewAt);
  const base = { today, interviewDay, secondsPerCard: spc, dropped: [], crowdedDays: [], mocks: [] };
  if (interviewDay < today) {
    const stop = cards.length ? cards.reduce((s, c) => s + stopAt(c), 0) / cards.length : 0;
    return { ...base, status: 'past', days: [], forecast: [], follow: stop, stop, overBudget: false, fitMinutes: 0 };
  }
  const lastDay = Math.max(today, interviewDay - 1);
  const finalStart = Math.max(today, interviewDay - 2);
  const reviewed = cards.filter((c) => c.schedule.lastCoverage !== null);
  const meanCoverage = reviewed.length ? reviewed.reduce((s, c) => s + c.schedule.lastCoverage!, 0) / reviewed.length : 0.6;
  // A planned review or pass is assumed to go as the card's last one did (a new card: the user's mean coverage).
  const coverageOf = new Map(cards.map((c) => [c.id, c.schedule.lastCoverage ?? meanCoverage]));

  // Pass A: the SM-2 reviews, day by day, simulated on copies with the grade that coverage suggests.
  const sims = new Map<string, CardSchedule>(cards.map((c) => [c.id, c.schedule]));
  const reviewDays = new Map<string, number[]>();
  const intervalAfter = new Map<string, number>(); // card@day → SM-2 interval after that planned review
  const days: PlanDay[] = [];
  let introducedToday = cards.filter((c) => c.schedule.introducedDay === today).length;
  for (let day = today; day <= lastDay; day++) {
    const budget = options.budget(day);
    const plan: PlanDay = { day, reviews: [], passes: [], minutes: 0, budget, final: day >= finalStart, mock: false };
    days.push(plan);
    if (budget === 0) continue; // a day off: what falls due waits for the next study day
    const allowance = options.newPerDay <= 0 ? Infinity : options.newPerDay - (day === today ? introducedToday : 0);
    let fresh = 0;
    for (const c of cards) {
      const s = sims.get(c.id)!;
      const due = s.due !== null ? s.due <= day && s.lastCountedDay !== day : fresh < allowance;
      if (!due) continue;
      if (s.due === null) fresh++;
      const coverage = coverageOf.get(c.id)!;
      const time = sessionTime(day, today, now);
      const next = applyGrade(s, { id: `plan-${day}`, time, day, grade: suggestGrade(coverage), coverage, mode: 'review' });
      sims.set(c.id, next);
      intervalAfter.set(`${c.id}@${day}`, next.interval);
      plan.reviews.push(c.id);
      reviewDays.set(c.id, [...(reviewDays.get(c.id) ?? []), day]);
    }
    introducedToday = 0;
  }

  // Pass B: exam passes. Every card is seen in the last 48 hours; a card whose recall would fall low
  // before then is seen once more, on about the day it would.
  const studyDays = days.filter((d) => d.budget !== 0).map((d) => d.day);
  const finalDays = studyDays.filter((d) => d >= finalStart);
  const requests: PassRequest[] = [];
  for (const c of cards) {
    const seen = reviewDays.get(c.id) ?? [];
    const seenToday = c.schedule.lastReviewed !== null && localDay(c.schedule.lastReviewed) === today;
    const priority = stopAt(c);
    if (!seen.some((d) => d >= finalStart) && !(seenToday && today >= finalStart)) {
      requests.push({ cardId: c.id, group: c.group, kind: 'final', days: finalDays, priority });
    }
    const before = seen.filter((d) => d < finalStart).at(-1);
    const lastSeen = before !== undefined ? sessionTime(before, today, now) : c.schedule.lastReviewed;
    const interval = before !== undefined ? intervalAfter.get(`${c.id}@${before}`)! : c.schedule.interval;
    if (lastSeen !== null && recall({ lastReviewed: lastSeen, interval }, interviewAt) >= LOW_RECALL) continue;
    // The day recall reaches LOW_RECALL (0.9^(t / interval) = 0.8 at t ≈ 2.12 intervals); from then on
    // the final pass covers it, so an extra pass is needed only when that day comes before the last 48 hours.
    const lowDay =
      lastSeen === null ? today : localDay(lastSeen) + Math.floor((Math.log(LOW_RECALL) / Math.log(0.9)) * Math.max(1, interval));
    if (lowDay >= finalStart) continue;
    const window = studyDays.filter((d) => d < finalStart && d >= Math.max(today, lowDay - 2) && d <= Math.max(today, lowDay));
    if (window.length) requests.push({ cardId: c.id, group: c.group, kind: 'pass', days: window, priority });
  }
  const placed = placePasses(days, requests, spc);

  // The forecast: replay each card's planned reviews and passes, in day order, on a copy.
  const follow = new Map<string, CardSchedule>();
  for (const c of cards) {
    const events = [
      ...(reviewDays.get(c.id) ?? []).map((day) => ({ day, counted: true })),
      ...(placed.passDays.get(c.id) ?? []).map((day) => ({ day, counted: false })),
    ].sort((a, b) => a.day - b.day || Number(b.counted) - Number(a.counted));
    const coverage = coverageOf.get(c.id)!;
    follow.set(
      c.id,
      events.reduce(
        (s, e) =>
          applyGrade(s, {
            id: `plan-${e.day}`,
            time: sessionTime(e.day, today, now),
            day: e.day,
            grade: suggestGrade(coverage),
            coverage,
            mode: e.counted ? 'review' : 'drill',
          }),
        c.schedule,
      ),
    );
  }
  const forecast = groups.map((g) => {
    const inGroup = cards.filter((c) => c.group === g);
    return {
      group: g,
      follow: groupReadiness(
        inGroup.map((c) => follow.get(c.id)!),
        interviewAt,
      ),
      stop: groupReadiness(
        inGroup.map((c) => c.schedule),
        interviewAt,
      ),
    };
  });
  const mean = (f: (c: ScheduledCard) => number) => (cards.length ? cards.reduce((s, c) => s + f(c), 0) / cards.length : 0);
  const mocks = suggestMocks(studyDays, today, interviewDay);
  for (const d of days) d.mock = mocks.includes(d.day);
  const crowdedDays = days
    .filter((d) => d.budget !== null && d.budget > 0 && Math.ceil((d.reviews.length * spc) / 60) > d.budget)
    .map((d) => d.day);
  return {
    ...base,
    status: 'planned',
    days,
    forecast,
    follow: mean((c) => cardReadiness(follow.get(c.id)!, interviewAt)),
    stop: mean(stopAt),
    dropped: placed.dropped,
    crowdedDays,
    overBudget: placed.dropped.length > 0 || crowdedDays.length > 0,
    fitMinutes: placed.fitMinutes,
    mocks,
  };
}

/** Mock interviews a week before and two days before; with less time, one on the last study day. */
export function suggestMocks(studyDays: readonly number[], today: number, interviewDay: number): number[] {
  if (interviewDay <= today || studyDays.length === 0) return [];
  const wanted = [interviewDay - 7, interviewDay - 2].filter((d) => studyDays.includes(d));
  return wanted.length ? wanted : [studyDays[studyDays.length - 1]];
}
