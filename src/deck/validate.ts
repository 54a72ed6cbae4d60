// Deck validator: checks a parsed deck's content rules (required sections, minimums, unique ids, tags);
// the drill kinds' own rules are in validate-drill.ts.
import type { Deck, DeckIssue, DeckLines } from './types';
import { drillPartsOnOutline, validateDrillCard } from './validate-drill.ts';
import { isSlug, MAX_OUTLINE_POINTS, MIN_FOLLOW_UPS, MIN_OUTLINE_POINTS, MIN_RED_FLAGS, slugProblem } from './types.ts';

/** Checks a parsed deck for missing or contradictory content; returns each problem with its line. */
export function validateDeck(deck: Deck, where: DeckLines): DeckIssue[] {
  const issues: DeckIssue[] = [];
  const fail = (line: number, message: string): void => void issues.push({ line, message });
  if (!deck.version) fail(where.deck, 'missing "Version: …" line under the deck heading');
  if (deck.groups.length === 0) fail(where.deck, 'the deck has no "## Group ID: Title" section');
  const seen = new Map<string, number>();
  for (const card of deck.cards) {
    const at = where.cards.get(card) ?? { heading: where.deck, sections: {} };
    const line = at.heading;
    const first = seen.get(card.id);
    if (!isSlug(card.id)) fail(line, slugProblem('card id', card.id));
    if (first !== undefined) fail(line, `duplicate card id "${card.id}" (first on line ${first})`);
    else seen.set(card.id, line);
    if (!card.prompt) fail(line, `card "${card.id}" has an empty prompt: write it on a "> " line under the heading`);
    if (card.kind !== 'outline') {
      issues.push(...validateDrillCard(card, at));
      continue;
    }
    issues.push(...drillPartsOnOutline(card, at));
    if (!at.sections.outline) fail(line, `card "${card.id}" is missing its "#### Outline" section`);
    else if (card.outline.length === 0) fail(at.sections.outline, `card "${card.id}" has an empty outline`);
    else if (card.outline.length < MIN_OUTLINE_POINTS)
      fail(at.sections.outline, `card "${card.id}" has too few outline points: ${card.outline.length} (at least ${MIN_OUTLINE_POINTS})`);
    else if (card.outline.length > MAX_OUTLINE_POINTS)
      fail(at.sections.outline, `card "${card.id}" has too many outline points: ${card.outline.length} (at most ${MAX_OUTLINE_POINTS})`);
    if (card.followUps.length < MIN_FOLLOW_UPS)
      fail(
        at.sections.followUps ?? line,
        `card "${card.id}" needs at least ${MIN_FOLLOW_UPS} follow-ups under "#### Follow-ups" (has ${card.followUps.length})`,
      );
    if (card.redFlags.length < MIN_RED_FLAGS)
      fail(
        at.sections.redFlags ?? line,
        `card "${card.id}" needs at least ${MIN_RED_FLAGS} red flags under "#### Red flags" (has ${card.redFlags.length})`,
      );
    if (!card.seniorSignal) fail(at.sections.seniorSignal ?? line, `card "${card.id}" needs a "#### Senior signal" paragraph`);
    if (at.sections.examples && card.examples.length === 0) fail(at.sections.examples, `card "${card.id}" has an empty Example section`);
  }
  for (const group of deck.groups) {
    if (!deck.cards.some((c) => c.group === group.id)) fail(where.groups.get(group.id) ?? where.deck, `group "${group.id}" has no cards`);
  }
  if (deck.interview) {
    for (const tag of deck.interview.pair) {
      if (!deck.cards.some((c) => c.tags.includes(tag))) fail(where.pair, `Pair names tag "${tag}", but no card carries it`);
    }
  }
  return issues;
}
