// What a review session knows about its drill cards, and the keys they answer to: 1–4 pick a choice, Space or
// Enter go on from a choice's answer, and a short card's answer takes 1, 3, 4 or 5. Pure.
import type { Card } from '../deck/types';
import { currentCard } from './queue';
import { quickBudgetMs, SHORT_GRADES } from './choice-grade';
import type { Session, SessionAction } from './session';
import type { KeyPress } from './session-keys';

/** A drill card as the session sees it: a short card, or a card of `count` choices with the right one and its reading budget. */
export type DrillInfo = { kind: 'short' } | { kind: 'choice'; count: number; correct: number; budgetMs: number };

/** The session's view of `cards`: each drill card by id (outline cards are left out). */
export function drillInfo(cards: readonly Card[]): Record<string, DrillInfo> {
  const info: Record<string, DrillInfo> = {};
  for (const card of cards) {
    const kind = (card as Partial<Card>).kind ?? 'outline';
    if (kind === 'short') info[card.id] = { kind: 'short' };
    else if (kind === 'predict' || kind === 'choice')
      info[card.id] = { kind: 'choice', count: card.choices.length, correct: card.correct, budgetMs: quickBudgetMs(card) };
  }
  return info;
}

/**
 * The action a key takes on a drill card; null when the key does nothing there (the browser keeps it), undefined
 * when the current card is not a drill card or no choice is on screen (the outline card's keys apply).
 */
export function drillKeyAction(s: Session, k: KeyPress): SessionAction | null | undefined {
  if (k.key === 'u' || k.key === 'U') return undefined;
  const spaceOrEnter = k.key === ' ' || k.key === 'Enter';
  if (s.feedback) return spaceOrEnter && !k.onControl ? { type: 'next', at: k.at } : null;
  const id = currentCard(s.queue);
  const drill = id === null ? undefined : s.drills[id];
  if (!drill) return undefined;
  if (drill.kind === 'choice') return /^[1-4]$/.test(k.key) ? { type: 'choose', index: Number(k.key) - 1, at: k.at } : null;
  if (!s.revealed) return undefined;
  // A short card has no suggested grade for Enter to confirm: the learner says how it went.
  const offered = SHORT_GRADES.some((g) => String(g.grade) === k.key);
  return offered ? { type: 'grade', grade: Number(k.key), at: k.at } : null;
}
