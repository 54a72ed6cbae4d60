// How a drill card is graded: a choice card grades itself from the choice and the time taken; a short-answer
// card is self-graded in one tap from four grades. Pure; the thresholds are documented in data/decks/README.md.
import type { Card } from '../deck/types';

/** The reading budget every choice card starts with, in ms. */
export const QUICK_BASE_MS = 8_000;

/** Extra reading time per line of the card's code, in ms. */
export const QUICK_PER_CODE_LINE_MS = 2_000;

/** Extra reading time per character of the prompt and the choices, in ms (about 20 characters a second). */
export const QUICK_PER_CHAR_MS = 50;

/** The grade of a wrong choice, a right one after a long think, and a right and quick one. */
export const WRONG_GRADE = 1;
export const SLOW_GRADE = 4;
export const QUICK_GRADE = 5;

/** The grades a short-answer card offers after the reveal, with their words, lowest first. */
export const SHORT_GRADES: readonly { grade: number; label: string; hint: string }[] = [
  { grade: 1, label: 'Missed', hint: 'I did not know it' },
  { grade: 3, label: 'Hard', hint: 'Right, with real effort' },
  { grade: 4, label: 'Got it', hint: 'Right' },
  { grade: 5, label: 'Easy', hint: 'Right at once' },
];

/** How long a right answer may take and still count as quick: 8 s + 2 s per code line + 50 ms per character read. */
export function quickBudgetMs(card: Pick<Card, 'prompt' | 'code' | 'choices'>): number {
  const codeLines = card.code ? card.code.code.split('\n').length : 0;
  const chars = card.prompt.length + card.choices.reduce((sum, c) => sum + c.length, 0);
  return QUICK_BASE_MS + codeLines * QUICK_PER_CODE_LINE_MS + chars * QUICK_PER_CHAR_MS;
}

/** The grade of a choice: wrong → 1; right within `budgetMs` of the card being shown → 5; right after that → 4. */
export function choiceGrade(right: boolean, elapsedMs: number, budgetMs: number): number {
  if (!right) return WRONG_GRADE;
  return elapsedMs <= budgetMs ? QUICK_GRADE : SLOW_GRADE;
}
