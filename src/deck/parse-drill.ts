// The parts of a card's text that only drill cards have: an Answer or Why paragraph, a choice, and the
// "Kind:", "Python:" and "Run:" lines.
import type { Card } from './types';
import { DRILL_KINDS } from './types.ts';
import { RUN_MODES } from './drill.ts';
import { fail, type Line, type Reader } from './parse-reader.ts';

// An Answer or Why paragraph; a second paragraph is noted for the validator ("one paragraph").
export function paragraphLine(r: Reader, card: Card, key: 'answer' | 'why', { n, text }: Line): void {
  if (r.gap) {
    const at = r.where.cards.get(card)!;
    (at.secondParagraph ??= {})[key] ??= n;
  }
  card[key] = `${card[key]} ${text.trim()}`.trim();
}

// "- [x] right" or "- [ ] wrong", or a continuation indented by two spaces.
export function choiceLine(r: Reader, card: Card, { n, raw }: Line): void {
  const at = r.where.cards.get(card)!;
  const item = /^[-*]\s+\[([ xX])\]\s+(.*)$/.exec(raw.trimEnd());
  if (item) {
    if (item[1] !== ' ') {
      (at.marked ??= []).push(n);
      if (card.correct < 0) card.correct = card.choices.length;
    }
    card.choices.push(item[2].trim());
    return void (at.choices ??= []).push(n);
  }
  if (/^\s{2,}\S/.test(raw) && card.choices.length > 0) return void (card.choices[card.choices.length - 1] += ` ${raw.trim()}`);
  fail(r, n, `a choice reads "- [x] right answer" or "- [ ] wrong answer", found "${raw.trim().slice(0, 40)}"`);
}

// "Kind:", "Python:" and "Run:" lines of a card's preamble, each at most once.
export function drillLine(r: Reader, card: Card, n: number, key: 'kind' | 'python' | 'run', value: string): void {
  const at = r.where.cards.get(card)!;
  const label = { kind: 'Kind', python: 'Python', run: 'Run' }[key];
  if (at[key]) return fail(r, n, `duplicate "${label}:" line in card "${card.id}" (first on line ${at[key]})`);
  at[key] = n;
  if (key === 'python') return void (card.python = value);
  const allowed: readonly string[] = key === 'kind' ? DRILL_KINDS : RUN_MODES;
  if (!allowed.includes(value)) return fail(r, n, `"${label}: ${value}" is not one of ${allowed.join(', ')}`);
  if (key === 'kind') card.kind = value as Card['kind'];
  else card.run = value as Card['run'];
}
