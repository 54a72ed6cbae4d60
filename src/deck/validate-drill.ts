// The drill kinds' rules (short, predict, choice): which sections each needs or forbids, and their sizes.
import type { Card, CardLines, CardSectionKey, DeckIssue } from './types';
import {
  MAX_ANSWER_WORDS,
  MAX_CHOICE_LENGTH,
  MAX_CHOICE_WHY,
  MAX_CHOICES,
  MAX_CODE_LINES,
  MAX_DRILL_PROMPT,
  MAX_SHORT_WHY,
  MIN_CHOICES,
  parsePythonRange,
  wordCount,
} from './drill.ts';

const OUTLINE_ONLY: Partial<Record<CardSectionKey, string>> = {
  outline: 'Outline',
  followUps: 'Follow-ups',
  redFlags: 'Red flags',
  seniorSignal: 'Senior signal',
  examples: 'Example',
};
const DRILL_ONLY: Partial<Record<CardSectionKey, string>> = { answer: 'Answer', why: 'Why', code: 'Code', choices: 'Choices' };

/** Problems of an outline card that carries a drill card's parts (sections, "Python:" or "Run:"). */
export function drillPartsOnOutline(card: Card, at: CardLines): DeckIssue[] {
  const issues: DeckIssue[] = [];
  for (const [key, title] of Object.entries(DRILL_ONLY)) {
    const line = at.sections[key as CardSectionKey];
    if (line)
      issues.push({
        line,
        message: `card "${card.id}" has no "Kind:" line, so it is an outline card, which has no "#### ${title}" section`,
      });
  }
  if (at.python) issues.push({ line: at.python, message: `"Python:" is for drill cards; card "${card.id}" has no "Kind:" line` });
  if (at.run) issues.push({ line: at.run, message: `"Run:" is for predict cards; card "${card.id}" has no "Kind:" line` });
  return issues;
}

/** Checks a short, predict or choice card against the deck format's drill rules; returns each problem with its line. */
export function validateDrillCard(card: Card, at: CardLines): DeckIssue[] {
  const issues: DeckIssue[] = [];
  const fail = (line: number | undefined, message: string): void => void issues.push({ line: line ?? at.heading, message });
  const name = `${card.kind} card "${card.id}"`;
  for (const [key, title] of Object.entries(OUTLINE_ONLY)) {
    const line = at.sections[key as CardSectionKey];
    if (line) fail(line, `${name} cannot have a "#### ${title}" section (that is for outline cards)`);
  }
  if (card.prompt.length > MAX_DRILL_PROMPT)
    fail(at.prompt, `${name} has a prompt of ${card.prompt.length} characters (at most ${MAX_DRILL_PROMPT})`);
  if (at.secondPrompt) fail(at.secondPrompt, `${name}: a drill prompt is one "> " paragraph`);
  if ((card.prompt.match(/\?/g) ?? []).length > 1) fail(at.prompt, `${name} asks more than one question (a drill prompt has one "?")`);
  const choosing = card.kind !== 'short';
  issues.push(...(choosing ? choiceRules(card, at, name) : shortRules(card, at, name)));
  whyRule(card, at, name, fail);
  pythonRules(card, at, name, fail);
  return issues;
}

function shortRules(card: Card, at: CardLines, name: string): DeckIssue[] {
  const issues: DeckIssue[] = [];
  const fail = (line: number | undefined, message: string): void => void issues.push({ line: line ?? at.heading, message });
  if (!at.sections.answer) fail(at.heading, `${name} is missing its "#### Answer" section`);
  else if (!card.answer) fail(at.sections.answer, `${name} has an empty Answer`);
  else if (wordCount(card.answer) > MAX_ANSWER_WORDS)
    fail(at.sections.answer, `${name} has an answer of ${wordCount(card.answer)} words (at most ${MAX_ANSWER_WORDS})`);
  if (at.secondParagraph?.answer) fail(at.secondParagraph.answer, `${name}: an Answer is one paragraph`);
  if (at.sections.code) fail(at.sections.code, `${name} cannot have a "#### Code" section (short cards have none)`);
  if (at.sections.choices) fail(at.sections.choices, `${name} cannot have a "#### Choices" section (short cards have none)`);
  return issues;
}

function choiceRules(card: Card, at: CardLines, name: string): DeckIssue[] {
  const issues: DeckIssue[] = [];
  const fail = (line: number | undefined, message: string): void => void issues.push({ line: line ?? at.heading, message });
  if (at.sections.answer) fail(at.sections.answer, `${name} cannot have a "#### Answer" section (its answer is the [x] choice)`);
  if (!at.sections.code && card.kind === 'predict') fail(at.heading, `${name} is missing its "#### Code" section`);
  if (at.sections.code) {
    if (!card.code) fail(at.sections.code, `${name} has an empty Code section`);
    else {
      const lines = card.code.code.split('\n').length;
      if (!card.code.language) fail(at.sections.code, `${name}: name the code's language after the fence, e.g. \`\`\`python`);
      if (lines > MAX_CODE_LINES) fail(at.sections.code, `${name} has ${lines} lines of code (at most ${MAX_CODE_LINES})`);
    }
    for (const line of at.extraCode ?? []) fail(line, `${name}: a Code section holds exactly one fenced code block`);
  }
  if (!at.sections.choices) return [...issues, { line: at.heading, message: `${name} is missing its "#### Choices" section` }];
  const n = card.choices.length;
  if (n < MIN_CHOICES || n > MAX_CHOICES) fail(at.sections.choices, `${name} has ${n} choices (${MIN_CHOICES} or ${MAX_CHOICES})`);
  const marked = at.marked ?? [];
  if (marked.length === 0) fail(at.sections.choices, `${name} marks no choice right: mark exactly one "- [x]"`);
  for (const line of marked.slice(1)) fail(line, `${name} marks more than one choice right: mark exactly one "- [x]"`);
  card.choices.forEach((choice, i) => {
    const line = at.choices?.[i];
    if (choice.length > MAX_CHOICE_LENGTH) fail(line, `${name} has a choice of ${choice.length} characters (at most ${MAX_CHOICE_LENGTH})`);
    if (!choice) fail(line, `${name} has an empty choice`);
    const first = card.choices.indexOf(choice);
    if (first < i) fail(line, `${name} has the same choice twice (first on line ${at.choices?.[first] ?? at.heading})`);
  });
  return issues;
}

function whyRule(card: Card, at: CardLines, name: string, fail: (line: number | undefined, message: string) => void): void {
  const max = card.kind === 'short' ? MAX_SHORT_WHY : MAX_CHOICE_WHY;
  if (card.kind !== 'short' && !card.why)
    fail(at.sections.why ?? at.heading, `${name} needs a "#### Why" paragraph (shown after answering)`);
  if (card.why.length > max) fail(at.sections.why, `${name} has a Why of ${card.why.length} characters (at most ${max})`);
  if (at.secondParagraph?.why) fail(at.secondParagraph.why, `${name}: a Why is one paragraph`);
}

function pythonRules(card: Card, at: CardLines, name: string, fail: (line: number | undefined, message: string) => void): void {
  if (card.python && !parsePythonRange(card.python)) fail(at.python, `${name}: "Python: ${card.python}" must read like 3.10+ or 3.9-3.12`);
  if (!at.python && card.kind === 'predict')
    fail(at.heading, `${name} needs a "Python:" line (the lowest CPython its code runs on, e.g. 3.8+)`);
  if (at.run && card.kind !== 'predict') fail(at.run, `${name}: "Run:" is for predict cards only`);
}
