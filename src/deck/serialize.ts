// The deck serializer: writes a deck back to the Markdown deck format, so parseDeck(serializeDeck(d)) equals d
// (outline and drill cards alike; a stored card without drill fields is written as an outline card).
import type { Card, CodeExample, Deck, InterviewGuide } from './types';
import { isDrill } from './drill';

const list = (title: string, items: readonly string[]): string[] =>
  items.length ? ['', `#### ${title}`, ...items.map((i) => `- ${i}`)] : [];
const range = (r: { min: number; max: number }): string => (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`);

const fenced = (block: CodeExample): string[] => [`\`\`\`${block.language}`, ...(block.code ? [block.code] : []), '```'];
const paragraph = (title: string, text: string): string[] => (text ? ['', `#### ${title}`, text] : []);

// A drill card: its "Kind:" lines, then Code, Choices, Answer, Why and Sources.
function drillLines(card: Card): string[] {
  const run = card.kind === 'predict' && card.run !== 'exact' ? [`Run: ${card.run}`] : [];
  return [
    '',
    `### Card ${card.id}`,
    `> ${card.prompt}`,
    '',
    `Kind: ${card.kind}`,
    ...(card.tags.length ? [`Tags: ${card.tags.join(', ')}`] : []),
    ...(card.python ? [`Python: ${card.python}`] : []),
    ...run,
    ...(card.code ? ['', '#### Code', ...fenced(card.code)] : []),
    ...(card.choices.length ? ['', '#### Choices', ...card.choices.map((c, i) => `- [${i === card.correct ? 'x' : ' '}] ${c}`)] : []),
    ...paragraph('Answer', card.answer),
    ...paragraph('Why', card.why),
    ...list('Sources', card.sources),
  ];
}

function cardLines(card: Card): string[] {
  if (isDrill(card)) return drillLines(card);
  return [
    '',
    `### Card ${card.id}`,
    `> ${card.prompt}`,
    ...(card.tags.length ? ['', `Tags: ${card.tags.join(', ')}`] : []),
    ...list('Outline', card.outline),
    ...list('Follow-ups', card.followUps),
    ...list('Red flags', card.redFlags),
    ...(card.seniorSignal ? ['', '#### Senior signal', card.seniorSignal] : []),
    ...(card.examples.length ? ['', '#### Example', ...card.examples.flatMap(fenced)] : []),
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
