// Which code of a deck the test suite runs, how, and on which Python versions (pure: no processes here).
import type { Card, Deck, RunMode } from '../../src/deck/types';
import { parsePythonRange } from '../../src/deck/drill';

/** A range of CPython 3 minor versions, inclusive; `to` is null for "and newer". */
export interface VersionRange {
  from: number;
  to: number | null;
}

/**
 * How a snippet is checked. `exact`, `racy` and `compile` are a predict card's `Run:` modes; `runs` is every
 * other block (examples, choice-card code): it must exit 0 within the time limit.
 */
export type CheckMode = RunMode | 'runs';

/** One python block to check: where it comes from, what it must do, and the versions it claims. */
export interface SnippetJob {
  /** "deck-id/card-id" plus "#n" for the n-th example block of a card. */
  name: string;
  card: Card;
  code: string;
  mode: CheckMode;
  range: VersionRange | null;
  /** Why the versions could not be read ('' when they could). */
  problem: string;
}

/**
 * Marks a block that must not run (a deliberate deadlock, a server): a comment containing `compile-only`,
 * e.g. `# compile-only: serves forever` or `import numpy  # 3.9+; compile-only: needs numpy`.
 * Such a block is only compiled with py_compile on each version it claims.
 */
export const COMPILE_ONLY = /#.*\bcompile-only\b/;

/** Reads a card's `Python:` value ("3.10+" or "3.9-3.12") with the deck parser's own rule. */
export function parseRange(value: string): VersionRange | null {
  const range = parsePythonRange(value.trim());
  return range ? { from: range.low[1], to: range.high ? range.high[1] : null } : null;
}

/**
 * The versions an example block claims in a comment: `# 3.10+`, `# 3.9-3.12` (anywhere in a comment, first
 * one wins), or `# any Python 3` / `# runs on any 3.x` for every version. Null when it claims none.
 */
export function claimedRange(code: string): VersionRange | null {
  for (const line of code.split('\n')) {
    const comment = line.indexOf('#');
    if (comment < 0) continue;
    const text = line.slice(comment);
    const span = /\b3\.(\d+)\s*[-–]\s*3\.(\d+)\b/.exec(text);
    if (span) return { from: Number(span[1]), to: Number(span[2]) };
    const plus = /\b3\.(\d+)\+/.exec(text);
    if (plus) return { from: Number(plus[1]), to: null };
    if (/\bany (Python 3|3\.x)\b/.test(text)) return { from: 0, to: null };
  }
  return null;
}

/** "3.10+" or "3.9-3.12", as a card's `Python:` line would say it. */
export function formatRange(range: VersionRange): string {
  return range.to === null ? `3.${range.from}+` : `3.${range.from}-3.${range.to}`;
}

/** True when `minor` lies in the range. */
export function inRange(range: VersionRange, minor: number): boolean {
  return minor >= range.from && (range.to === null || minor <= range.to);
}

function isPython(language: string): boolean {
  return /^(python|py|python3)$/i.test(language);
}

/** The snippet jobs of one card: its `#### Code` block and every python `#### Example` block. */
export function cardJobs(deckId: string, card: Card): SnippetJob[] {
  const jobs: SnippetJob[] = [];
  const base = `${deckId}/${card.id}`;
  if (card.code && isPython(card.code.language)) {
    const fromCard = card.python ? parseRange(card.python) : null;
    const range = fromCard ?? claimedRange(card.code.code);
    const mode: CheckMode = card.kind === 'predict' ? card.run : COMPILE_ONLY.test(card.code.code) ? 'compile' : 'runs';
    jobs.push({
      name: base,
      card,
      code: card.code.code,
      mode,
      range,
      problem: range ? '' : 'names no Python version (a "Python:" line or a "# 3.x+" comment)',
    });
  }
  card.examples.forEach((example, i) => {
    if (!isPython(example.language)) return;
    const range = claimedRange(example.code);
    const mode: CheckMode = COMPILE_ONLY.test(example.code) ? 'compile' : 'runs';
    jobs.push({
      name: `${base}#${i + 1}`,
      card,
      code: example.code,
      mode,
      range,
      problem: range ? '' : 'names no Python version (add a comment such as "# 3.9+")',
    });
  });
  return jobs;
}

/** Every snippet job of a deck, in deck order. */
export function deckJobs(deck: Deck): SnippetJob[] {
  return deck.cards.flatMap((card) => cardJobs(deck.id, card));
}
