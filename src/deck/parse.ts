// The deck parser: reads the Markdown deck format line by line into a Deck, collecting every problem with its line.
// One small function per part of the format; they share the parser's position in `Reader` (parse-reader.ts), and
// the lines only drill cards have are read in parse-drill.ts.
import type { Card, ParseResult } from './types';
import { isSlug, slugProblem } from './types.ts';
import { validateDeck } from './validate.ts';
import { OUTLINE_DRILL_FIELDS } from './drill.ts';
import { CARD_SECTIONS, INTERVIEW_SECTIONS, fail, type Line, type Reader } from './parse-reader.ts';
import { choiceLine, drillLine, paragraphLine } from './parse-drill.ts';

function sectionKey<T extends Record<string, string>>(sections: T, title: string): keyof T | undefined {
  return (Object.keys(sections) as (keyof T)[]).find((k) => sections[k].toLowerCase() === title.toLowerCase());
}

function range(text: string): { min: number; max: number } | null {
  const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  return min <= max ? { min, max } : null;
}

/** Parses a deck written in the Markdown deck format; returns the deck or every problem with its line. */
export function parseDeck(source: string): ParseResult {
  const r: Reader = {
    deck: { id: '', title: '', version: '', description: '', groups: [], cards: [], interview: null },
    where: { deck: 0, groups: new Map(), cards: new Map(), pair: 0 },
    issues: [],
    zone: 'start',
    card: null,
    cardSection: null,
    interviewSection: null,
    list: null,
    fence: null,
    description: [],
    gap: false,
  };
  source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => readLine(r, { n: index + 1, raw, text: raw.trimEnd() }));
  return finish(r);
}

function readLine(r: Reader, line: Line): void {
  if (r.fence) return fenceLine(r, r.fence, line);
  const heading = /^(#{1,6})\s+(.*)$/.exec(line.text);
  if (heading) {
    r.list = null;
    return readHeading(r, line, heading[1].length, heading[2].trim());
  }
  if (line.text.trim() === '')
    return void (r.gap = r.gap || ((r.cardSection === 'answer' || r.cardSection === 'why') && r.card?.[r.cardSection] !== ''));
  if (r.zone === 'header') return headerLine(r, line);
  if (r.zone === 'interview' && r.deck.interview) return interviewLine(r, line);
  if (r.zone === 'card' && r.card) return cardLine(r, r.card, line);
  fail(r, line.n, `unexpected text outside a card: "${line.text.slice(0, 40)}"`);
}

function readHeading(r: Reader, line: Line, level: number, title: string): void {
  if (level === 1) return deckHeading(r, line, title);
  if (r.zone === 'start') return fail(r, line.n, 'the file must start with a "# Deck ID: Title" heading');
  if (level === 2) {
    r.card = null;
    return /^Interview$/i.test(title) ? interviewHeading(r, line) : groupHeading(r, line, title);
  }
  if (level === 3) return cardHeading(r, line, title);
  if (level === 4 && r.zone === 'interview' && r.deck.interview) return interviewSectionHeading(r, line, title);
  if (level === 4 && r.card && (r.zone === 'card' || r.zone === 'header')) return cardSectionHeading(r, r.card, line, title);
  fail(r, line.n, `unexpected heading "${line.text}" here`);
}

// "# Deck ID: Title", once, first.
function deckHeading(r: Reader, line: Line, title: string): void {
  const m = /^Deck\s+(\S+):\s*(.+)$/.exec(title);
  if (r.zone !== 'start') return fail(r, line.n, 'a deck has one "# Deck ID: Title" heading, and it comes first');
  if (!m) return fail(r, line.n, `deck heading must read "# Deck ID: Title", found "${line.text}"`);
  if (!isSlug(m[1])) fail(r, line.n, slugProblem('deck id', m[1]));
  [r.deck.id, r.deck.title, r.where.deck, r.zone] = [m[1], m[2].trim(), line.n, 'header'];
}

// "Version: V" and the description paragraph under the deck heading.
function headerLine(r: Reader, line: Line): void {
  const version = /^Version:\s*(.*)$/i.exec(line.text);
  if (!version) return void r.description.push(line.text.trim());
  if (!/^\S+$/.test(version[1])) return fail(r, line.n, 'version must be one word, e.g. "Version: 2026.11.1"');
  r.deck.version = version[1];
}

// "## Group ID: Title".
function groupHeading(r: Reader, line: Line, title: string): void {
  const m = /^Group\s+(\S+):\s*(.+)$/.exec(title);
  if (!m) return fail(r, line.n, `unknown section "${line.text}": expected "## Group ID: Title" or "## Interview"`);
  if (!isSlug(m[1])) fail(r, line.n, slugProblem('group id', m[1]));
  if (r.where.groups.has(m[1])) fail(r, line.n, `duplicate group id "${m[1]}" (first on line ${r.where.groups.get(m[1])})`);
  else r.where.groups.set(m[1], line.n);
  r.deck.groups.push({ id: m[1], title: m[2].trim() });
  r.zone = 'group';
}

// "### Card ID", inside a group.
function cardHeading(r: Reader, line: Line, title: string): void {
  const m = /^Card\s+(\S+)$/.exec(title);
  if (!m) return fail(r, line.n, `card heading must read "### Card ID", found "${line.text}"`);
  // `?.`: a second card outside any group is in zone 'card' with no group yet (found by the import fuzz test).
  const group = r.zone === 'group' || r.zone === 'card' ? (r.deck.groups[r.deck.groups.length - 1]?.id ?? '') : '';
  // A card outside a group is reported once; its sections are still read so no error cascades from it.
  if (!group) fail(r, line.n, `card "${m[1]}" is not inside a "## Group ID: Title" section`);
  const card: Card = {
    id: m[1],
    group,
    prompt: '',
    tags: [],
    outline: [],
    followUps: [],
    redFlags: [],
    seniorSignal: '',
    examples: [],
    sources: [],
    ...OUTLINE_DRILL_FIELDS,
    choices: [],
  };
  if (group) r.deck.cards.push(card);
  r.where.cards.set(card, { heading: line.n, sections: {} });
  [r.card, r.zone, r.cardSection] = [card, 'card', null];
}

// "#### Outline", "#### Follow-ups", … inside a card, each at most once.
function cardSectionHeading(r: Reader, card: Card, line: Line, title: string): void {
  const key = sectionKey(CARD_SECTIONS, title);
  if (!key) return fail(r, line.n, `unknown card section "${title}": expected ${Object.values(CARD_SECTIONS).join(', ')}`);
  const seen = r.where.cards.get(card)?.sections ?? {};
  if (seen[key]) return fail(r, line.n, `duplicate "${CARD_SECTIONS[key]}" section in card "${card.id}"`);
  seen[key] = line.n;
  [r.cardSection, r.gap] = [key, false];
  r.list = key === 'outline' || key === 'followUps' || key === 'redFlags' || key === 'sources' ? card[key] : null;
}

// A card's lines: "> prompt" and "Tags:" before its sections, then each section's content.
function cardLine(r: Reader, card: Card, line: Line): void {
  const { n, text } = line;
  if (r.cardSection === null) return cardPreamble(r, card, line);
  if (r.cardSection === 'examples' || r.cardSection === 'code') return openFence(r, card, r.cardSection, line);
  if (r.cardSection === 'seniorSignal') return void (card.seniorSignal = `${card.seniorSignal} ${text.trim()}`.trim());
  if (r.cardSection === 'answer' || r.cardSection === 'why') return paragraphLine(r, card, r.cardSection, line);
  if (r.cardSection === 'choices') return choiceLine(r, card, line);
  if (r.list) return listLine(r, r.list, line);
  fail(r, n, `unexpected text outside a card: "${text.slice(0, 40)}"`);
}

// An Example section holds fenced blocks; a Code section exactly one (a second is counted for the validator).
function openFence(r: Reader, card: Card, into: 'examples' | 'code', { n, text }: Line): void {
  const open = /^(```|~~~)\s*([\w+-]*)\s*$/.exec(text);
  const what = into === 'code' ? 'a Code section holds one fenced code block' : 'an Example section holds fenced code blocks';
  if (!open) return fail(r, n, `${what} (\`\`\`python … \`\`\`)`);
  if (into === 'code' && card.code) (r.where.cards.get(card)!.extraCode ??= []).push(n);
  r.fence = { line: n, language: open[2] || (into === 'code' ? '' : 'text'), body: [], into };
}

function cardPreamble(r: Reader, card: Card, { n, text }: Line): void {
  const quote = /^>\s?(.*)$/.exec(text);
  const tags = /^Tags:\s*(.*)$/i.exec(text);
  const drill = /^(Kind|Python|Run):\s*(.*)$/i.exec(text);
  if (quote) {
    const at = r.where.cards.get(card)!;
    // A quote line after anything else (a blank line, "Kind:") starts a second prompt paragraph.
    if (at.prompt !== undefined && at.promptEnd !== n - 1) at.secondPrompt ??= n;
    at.prompt ??= n;
    at.promptEnd = n;
    return void (card.prompt = `${card.prompt} ${quote[1].trim()}`.trim());
  }
  if (drill) return drillLine(r, card, n, drill[1].toLowerCase() as 'kind' | 'python' | 'run', drill[2].trim());
  if (!tags) return fail(r, n, `unexpected text in card "${card.id}": expected "> prompt", "Tags:", "Kind:" or a "####" section`);
  card.tags = tags[1]
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const bad = card.tags.find((t) => !isSlug(t));
  if (bad !== undefined) fail(r, n, slugProblem('tag', bad));
}

// The lines of a fenced code block in an Example section, up to its closing fence.
function fenceLine(r: Reader, fence: NonNullable<Reader['fence']>, line: Line): void {
  if (!/^(```|~~~)\s*$/.test(line.text)) return void fence.body.push(line.raw);
  const block = { language: fence.language, code: fence.body.join('\n') };
  if (fence.into === 'examples') r.card?.examples.push(block);
  else if (r.card && !r.card.code) r.card.code = block;
  r.fence = null;
}

// "## Interview", at most once.
function interviewHeading(r: Reader, line: Line): void {
  if (r.deck.interview) return fail(r, line.n, 'duplicate "## Interview" section');
  r.deck.interview = { questions: { min: 0, max: 0 }, groups: { min: 0, max: 0 }, pair: [], guidance: [], tips: [] };
  [r.zone, r.interviewSection] = ['interview', null];
}

// "#### Guidance" or "#### Tips" in the interview section.
function interviewSectionHeading(r: Reader, line: Line, title: string): void {
  const key = sectionKey(INTERVIEW_SECTIONS, title);
  if (!key) return fail(r, line.n, `unknown interview section "${title}": expected Guidance or Tips`);
  r.interviewSection = key;
  r.list = r.deck.interview![key];
}

// "Questions: 6-8", "Groups: 3-4", "Pair: a, b" before the interview's sections, then their list items.
function interviewLine(r: Reader, line: Line): void {
  const interview = r.deck.interview!;
  const kv = /^(Questions|Groups|Pair):\s*(.*)$/i.exec(line.text);
  if (kv && r.interviewSection === null) {
    const key = kv[1].toLowerCase() as 'questions' | 'groups' | 'pair';
    if (key === 'pair') {
      interview.pair = kv[2]
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      r.where.pair = line.n;
      return;
    }
    const bounds = range(kv[2]);
    if (!bounds) return fail(r, line.n, `${kv[1]} must be a number or a range like 6-8, found "${kv[2]}"`);
    interview[key] = bounds;
    return;
  }
  if (r.list) return listLine(r, r.list, line);
  fail(r, line.n, 'expected "Questions:", "Groups:", "Pair:" or a "#### Guidance" / "#### Tips" section');
}

// "- item", or a continuation indented by two spaces.
function listLine(r: Reader, list: string[], { n, raw }: Line): void {
  const item = /^[-*]\s+(.*)$/.exec(raw.trimEnd());
  if (item) list.push(item[1].trim());
  else if (/^\s{2,}\S/.test(raw) && list.length > 0) list[list.length - 1] += ` ${raw.trim()}`;
  else fail(r, n, `expected a list item ("- …"), found "${raw.trim().slice(0, 40)}"`);
}

// After the last line: an unclosed code block, the description, then the whole-deck rules.
function finish(r: Reader): ParseResult {
  if (r.fence) fail(r, r.fence.line, 'code block is never closed (add a line with ```)');
  r.deck.description = r.description.join(' ');
  if (r.zone === 'start') fail(r, 1, 'the file must start with a "# Deck ID: Title" heading');
  else r.issues.push(...validateDeck(r.deck, r.where));
  r.issues.sort((a, b) => a.line - b.line);
  return r.issues.length ? { ok: false, issues: r.issues } : { ok: true, deck: r.deck };
}
