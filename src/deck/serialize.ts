// The deck serializer: writes a deck back to the Markdown deck format, so parseDeck(serializeDeck(d)) equals d.
import type { Card, Deck, InterviewGuide } from './types';

const list = (title: string, items: readonly string[]): string[] => (items.length ? ['', `#### ${title}`, ...items.map((i) => `- ${i}`)] : []);
const range = (r: { min: number; max: number }): string => (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`);

function cardLines(card: Card): string[] {
  return [
    '',
    `### Card ${card.id}`,
    `> ${card.prompt}`,
    ...(card.tags.length ? ['', `Tags: ${card.tags.join(', ')}`] : []),
    ...list('Outline', card.outline),
    ...list('Follow-ups', card.followUps),
    ...list('Red flags', card.redFlags),
    ...(card.seniorSignal ? ['', '#### Senior signal', card.seniorSignal] : []),
    ...(card.examples.length ? ['', '#### Example', ...card.examples.flatMap((e) => [`\`\`\`${e.language}`, ...(e.code ? [e.code] : []), '```'])] : []),
    ...list('Sources', card.sources),
  ];
}

function interviewLines(guide: InterviewGuide): string[] {
  return [
    '',
    '## Interview',
    `Questions: ${range(guide.questions)}`,
    `Groups: ${range(guide.groups)}`,
    ...(guide.pair.length ? [`Pair: ${guide.pair.join(', ')}`] : []),
    ...list('Guidance', guide.guidance),
    ...list('Tips', guide.tips),
  ];
}

/** Writes `deck` as a Markdown deck file (the format of data/decks/README.md). */
export function serializeDeck(deck: Deck): string {
  const lines = [`# Deck ${deck.id}: ${deck.title}`, `Version: ${deck.version}`, ...(deck.description ? ['', deck.description] : [])];
  for (const group of deck.groups) {
    lines.push('', `## Group ${group.id}: ${group.title}`);
    for (const card of deck.cards.filter((c) => c.group === group.id)) lines.push(...cardLines(card));
  }
  if (deck.interview) lines.push(...interviewLines(deck.interview));
  return `${lines.join('\n')}\n`;
}
