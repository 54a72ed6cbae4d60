// Composes a mock interview from a deck's rules: the count, the group range, every paired tag, weak cards first.
import type { MockRules } from './mock-rules';
import { count as countOf } from '../lib/count';
import { rangeText } from './mock-rules';
import { randomIndex, seededRandom, weightedOrder, type Random } from './random';

/** What the composer needs to know about a card. */
export interface ComposerCard {
  id: string;
  group: string;
  tags: readonly string[];
  /** Card readiness now, 0–1: lower is weaker. */
  readiness: number;
  /** How many follow-up probes the card has. */
  followUps: number;
  /** A short, predict or choice card: never asked in a mock, which asks interview (outline) cards only. */
  drill?: boolean;
}

/** Why a deck of drill cards alone offers no mock interview. */
export const NO_MOCK_MESSAGE =
  'This deck holds drill cards only. A mock interview asks interview questions (outline cards), so there is none to take: drill it from Today.';

/** The cards a mock may ask: the outline cards. */
export function mockCards<T extends { drill?: boolean }>(cards: readonly T[]): T[] {
  return cards.filter((c) => !c.drill);
}

/** The user's choices. `groups` is 'auto' (by the deck's rules) or the group ids picked. */
export interface ComposeOptions {
  count: number;
  groups: readonly string[] | 'auto';
  favourWeakest: boolean;
  followUps: boolean;
}

/** One question of a mock: the card and the follow-up probe the interviewer will push with (null: none). */
export interface MockQuestion {
  cardId: string;
  group: string;
  followUp: number | null;
}

/** A composed mock, or a plain message saying why the request cannot be met. */
export type ComposeResult = { ok: true; questions: MockQuestion[]; groups: string[] } | { ok: false; message: string };

/** Most group combinations tried, and most search steps in all: the composer always answers quickly. */
const MAX_SUBSETS = 2_000;
const MAX_STEPS = 20_000;

type Need = { tag: string } | { group: string };

const meets = (card: ComposerCard, need: Need) => ('tag' in need ? card.tags.includes(need.tag) : card.group === need.group);

/** A card's draw weight: with "favour my weakest" a card at readiness 0 is 11× as likely as one at 1. */
export function cardWeight(card: ComposerCard, favourWeakest: boolean): number {
  if (!favourWeakest) return 1;
  const r = Number.isFinite(card.readiness) ? Math.min(1, Math.max(0, card.readiness)) : 0;
  return 0.2 + 2 * (1 - r);
}

/** Every combination of `size` items, in order, stopping after `limit`. */
function combinations<T>(items: readonly T[], size: number, limit: number): T[][] {
  const out: T[][] = [];
  const walk = (start: number, picked: T[]) => {
    if (out.length >= limit) return;
    if (picked.length === size) return void out.push(picked);
    for (let i = start; i <= items.length - (size - picked.length); i++) walk(i + 1, [...picked, items[i]]);
  };
  walk(0, []);
  return out;
}

/** Smallest set of cards (≤ count) meeting every need, found depth-first in weighted-random order; null if none. */
function findCore(
  pool: ComposerCard[],
  needs: Need[],
  count: number,
  weight: (c: ComposerCard) => number,
  random: Random,
  steps: { left: number },
) {
  const groupsLeft = (picked: ComposerCard[], from: number) =>
    needs.slice(from).filter((n) => 'group' in n && !picked.some((c) => c.group === n.group)).length;
  const search = (from: number, picked: ComposerCard[]): ComposerCard[] | null => {
    if (--steps.left < 0) return null;
    let i = from;
    while (i < needs.length && picked.some((c) => meets(c, needs[i]))) i++;
    if (i === needs.length) return picked;
    if (picked.length + Math.max(1, groupsLeft(picked, i)) > count) return null;
    const options = pool.filter((c) => meets(c, needs[i]) && !picked.includes(c));
    for (const card of weightedOrder(options, weight, random)) {
      const found = search(i + 1, [...picked, card]);
      if (found) return found;
    }
    return null;
  };
  return search(0, []);
}

/** Composes a mock by `rules` from `cards` (in deck order); the same seed always gives the same mock. */
export function composeMock(rules: MockRules, deckCards: readonly ComposerCard[], options: ComposeOptions, seed: number): ComposeResult {
  const { count } = options;
  const fail = (message: string): ComposeResult => ({ ok: false, message });
  const cards = mockCards(deckCards);
  if (cards.length === 0 && deckCards.length > 0) return fail(NO_MOCK_MESSAGE);
  const groupOrder = [...new Set(cards.map((c) => c.group))];
  if (!Number.isInteger(count) || count < rules.questions.min || count > rules.questions.max)
    return fail(`A mock interview for this deck has ${rangeText(rules.questions)} questions.`);
  if (new Set(cards.map((c) => c.id)).size !== cards.length) return fail('The deck has two cards with the same id.');
  const missingTag = rules.pair.find((tag) => !cards.some((c) => c.tags.includes(tag)));
  if (missingTag) return fail(`The deck pairs the tag "${missingTag}", but no card carries it.`);
  const random = seededRandom(seed);
  const weight = (c: ComposerCard) => cardWeight(c, options.favourWeakest);
  let subsets: string[][];
  if (options.groups === 'auto') {
    subsets = [];
    for (let size = rules.groups.min; size <= Math.min(rules.groups.max, count, groupOrder.length); size++)
      subsets.push(...combinations(groupOrder, size, MAX_SUBSETS - subsets.length));
    const mean = (g: string[]) => {
      const pool = cards.filter((c) => g.includes(c.group));
      return pool.reduce((s, c) => s + weight(c), 0) / pool.length;
    };
    subsets = weightedOrder(subsets, mean, random);
  } else {
    const picked = [...options.groups];
    if (new Set(picked).size !== picked.length) return fail('Each group can be picked once.');
    const unknown = picked.find((g) => !groupOrder.includes(g));
    if (unknown) return fail(`The deck has no group "${unknown}".`);
    if (picked.length < rules.groups.min || picked.length > rules.groups.max)
      return fail(`Pick ${rangeText(rules.groups)} groups for a mock interview of this deck.`);
    if (picked.length > count) return fail(`${countOf(count, 'question')} cannot span ${countOf(picked.length, 'group')}.`);
    subsets = [groupOrder.filter((g) => picked.includes(g))];
  }
  const steps = { left: MAX_STEPS };
  let reason = '';
  for (const subset of subsets) {
    const pool = cards.filter((c) => subset.includes(c.group));
    const tag = rules.pair.find((t) => !pool.some((c) => c.tags.includes(t)));
    if (pool.length < count)
      reason = `The groups you picked hold ${countOf(pool.length, 'card')}; ${countOf(count, 'question')} ${count === 1 ? 'needs' : 'need'} more. Pick another group or fewer questions.`;
    else if (tag)
      reason = `No card in the groups you picked is tagged "${tag}", and this deck's interviews always include one. Pick a group that has one.`;
    else {
      const needs: Need[] = [...rules.pair.map((t) => ({ tag: t })), ...subset.map((g) => ({ group: g }))];
      const core = findCore(pool, needs, count, weight, random, steps);
      if (core) {
        const rest = weightedOrder(
          pool.filter((c) => !core.includes(c)),
          weight,
          random,
        ).slice(0, count - core.length);
        const chosen = [...core, ...rest];
        // Questions come group by group (an interview moves topic by topic), in deck group order.
        const ordered = subset.flatMap((g) =>
          weightedOrder(
            chosen.filter((c) => c.group === g),
            () => 1,
            random,
          ),
        );
        const questions = ordered.map((c) => ({
          cardId: c.id,
          group: c.group,
          followUp: options.followUps && c.followUps > 0 ? randomIndex(c.followUps, random) : null,
        }));
        return { ok: true, questions, groups: subset };
      }
      reason =
        steps.left < 0
          ? 'No mock could be composed quickly from these groups; try other choices.'
          : `${countOf(count, 'question')} cannot cover every picked group and every paired tag (${rules.pair.join(', ')}). Choose more questions or other groups.`;
    }
    if (steps.left < 0) break;
  }
  if (options.groups !== 'auto' && reason) return fail(reason);
  const tags = rules.pair.length > 0 ? ` that include ${rules.pair.join(', ')}` : '';
  return fail(`No ${rangeText(rules.groups)} groups of this deck can make ${countOf(count, 'question')}${tags}. Choose fewer questions.`);
}
