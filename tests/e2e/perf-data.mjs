// Seed data for the grade benchmark: the built-in deck's cards with long, coherent histories, and other
// decks' cards, folded with the app's own engine so every card row equals the fold of its log.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sm2Step } from '../../src/srs/sm2.ts';
import { foldReviews, newSchedule } from '../../src/srs/fold.ts';
import { localDay } from '../../src/srs/days.ts';

const DAY = 86_400_000;

/** Reviews logged for each built-in card. */
export const PER_REAL_CARD = 60;

/** The built-in deck's id and its cards' ids and outline sizes, from its Markdown source. */
export async function builtinDeck() {
  const text = await readFile(resolve(import.meta.dirname, '../../data/decks/senior-python.md'), 'utf8');
  const cards = text
    .split(/^### Card /m)
    .slice(1)
    .map((section) => {
      const outline = section.split(/^#### Outline$/m)[1].split(/^#### /m)[0];
      return { id: section.slice(0, section.indexOf('\n')).trim(), points: outline.split('\n').filter((l) => l.startsWith('- ')).length };
    });
  return { deckId: /^# Deck (\S+):/m.exec(text)[1], cards };
}

/** Local time `minutes` after midnight on local day number `day`. */
const at = (day, minutes) => {
  const d = new Date(day * DAY);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()).getTime() + minutes * 60_000;
};

// The grades of a card's daily repetitions, cycled from a different start per card: a hard deck, lapses keep
// intervals under ~16 days, so 60 rows span about four months (≈ 26 counted days, the rest re-grades and drills).
const PATTERN = [4, 5, 4, 2, 5, 4, 3, 1];

/**
 * `count` graded events of one card as a user would log them, on days relative to 0: one counted review-mode
 * grade on each day the card is due, a same-session re-grade (not counted) after a grade below 4, and group
 * drills (not counted) on the next two days when the card is not due then.
 */
function history(count, variant) {
  const events = [];
  let state = newSchedule();
  for (let day = 0, k = variant; events.length < count; k++) {
    const grade = PATTERN[k % PATTERN.length];
    events.push({ day, slot: 0, grade, counted: true, mode: 'review' });
    if (grade < 4) events.push({ day, slot: 1, grade: 4 + (k % 2), counted: false, mode: 'review' });
    state = sm2Step(state, grade);
    for (let j = 1; j <= Math.min(2, state.interval - 2); j++)
      events.push({ day: day + j, slot: 0, grade: (k + j) % 3 ? 4 : 3, counted: false, mode: 'drill' });
    day += state.interval;
  }
  return events.slice(0, count);
}

// Seeded review ids ascend in the order they are written: IndexedDB takes sorted keys ~20% faster than UUIDs.
export const seedId = (n) => `seed-${String(n).padStart(6, '0')}`;

/** The `n`th review row of `card` for `event`, `shift` days later, written at `minute` past midnight. */
export function reviewRow(deckId, card, event, n, shift, minute, id = seedId(n)) {
  const time = at(event.day + shift, minute + 2 * event.slot);
  const ticked = Array.from({ length: Math.round((card.points * event.grade) / 5) }, (_, i) => i);
  return {
    id,
    cardKey: `${deckId}/${card.id}`,
    deckId,
    cardId: card.id,
    time,
    grade: event.grade,
    ticked,
    pointCount: card.points,
    coverage: ticked.length > 0 ? Math.min(1, ticked.length / card.points) : event.grade / 5,
    durationMs: 15_000 + 1_000 * ((n * 7) % 40),
    mode: event.mode,
    counted: event.counted,
    day: localDay(time),
  };
}

/** The `index`th built-in card's 60-review log and its card row (the fold of the log), due 0–2 days ago. */
export function realCard(deckId, card, index, today) {
  const events = history(PER_REAL_CARD, index);
  const dueAt0 = foldReviews(events.map((e, n) => reviewRow(deckId, card, e, n, 0, 420))).due;
  const log = events.map((e, n) =>
    reviewRow(deckId, card, e, n, today - (index % 3) - dueAt0, 420 + 3 * index, seedId(index * PER_REAL_CARD + n)),
  );
  return { log, row: { key: `${deckId}/${card.id}`, deckId, cardId: card.id, ...foldReviews(log) } };
}

/** Other decks' cards share 8 histories (one per PATTERN start) of 20 rows, and their folds, in days relative to the last row. */
export function otherTemplates(today) {
  const card = { id: 'x', points: 6 };
  return PATTERN.map((_, variant) => {
    const events = history(20, variant);
    const last = events.at(-1).day;
    const rows = events.map((e, n) => reviewRow('x', card, e, n, today - last, 0));
    const relative = (s) => ({
      ...s,
      due: s.due - today,
      lastCountedDay: s.lastCountedDay - today,
      introducedDay: s.introducedDay - today,
      againDay: s.againDay === null ? null : s.againDay - today,
      lastReviewed: null,
    });
    return {
      events: rows.map((r, n) => ({
        rel: events[n].day - last,
        slot: events[n].slot,
        grade: r.grade,
        ticked: r.ticked,
        coverage: r.coverage,
        durationMs: r.durationMs,
        mode: r.mode,
        counted: r.counted,
      })),
      schedules: { 19: relative(foldReviews(rows.slice(0, 19))), 20: relative(foldReviews(rows)) },
    };
  });
}
