// The deck parser: reads the Markdown deck format line by line into a Deck, collecting every problem with its line.
import type { Card, CardLines, Deck, DeckIssue, DeckLines, ParseResult } from './types';
import { validateDeck } from './validate';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CARD_SECTIONS = {
  outline: 'Outline',
  followUps: 'Follow-ups',
  redFlags: 'Red flags',
  seniorSignal: 'Senior signal',
  examples: 'Example',
  sources: 'Sources',
} as const satisfies Record<keyof CardLines['sections'], string>;
const INTERVIEW_SECTIONS = { guidance: 'Guidance', tips: 'Tips' } as const;
type CardSection = keyof typeof CARD_SECTIONS;
type InterviewSection = keyof typeof INTERVIEW_SECTIONS;

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
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const issues: DeckIssue[] = [];
  const fail = (line: number, message: string): void => void issues.push({ line, message });
  const deck: Deck = { id: '', title: '', version: '', description: '', groups: [], cards: [], interview: null };
  const where: DeckLines = { deck: 0, groups: new Map(), cards: new Map(), pair: 0 };
  let zone: 'start' | 'header' | 'group' | 'card' | 'interview' = 'start';
  let card: Card | null = null;
  let cardSection: CardSection | null = null;
  let interviewSection: InterviewSection | null = null;
  let list: string[] | null = null;
  let fence: { line: number; language: string; body: string[] } | null = null;
  const description: string[] = [];

  lines.forEach((raw, index) => {
    const n = index + 1;
    const text = raw.trimEnd();
    if (fence) {
      if (/^(```|~~~)\s*$/.test(text)) {
        card?.examples.push({ language: fence.language, code: fence.body.join('\n') });
        fence = null;
      } else fence.body.push(raw);
      return;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading) {
      list = null;
      const level = heading[1].length;
      const title = heading[2].trim();
      if (level === 1) {
        const m = /^Deck\s+(\S+):\s*(.+)$/.exec(title);
        if (zone !== 'start') return fail(n, 'a deck has one "# Deck ID: Title" heading, and it comes first');
        if (!m) return fail(n, `deck heading must read "# Deck ID: Title", found "${text}"`);
        if (!SLUG.test(m[1])) fail(n, `deck id "${m[1]}" must be a slug (a-z, 0-9, -)`);
        [deck.id, deck.title, where.deck, zone] = [m[1], m[2].trim(), n, 'header'];
        return;
      }
      if (zone === 'start') return fail(n, 'the file must start with a "# Deck ID: Title" heading');
      if (level === 2) {
        card = null;
        if (/^Interview$/i.test(title)) {
          if (deck.interview) return fail(n, 'duplicate "## Interview" section');
          deck.interview = { questions: { min: 0, max: 0 }, groups: { min: 0, max: 0 }, pair: [], guidance: [], tips: [] };
          [zone, interviewSection] = ['interview', null];
          return;
        }
        const m = /^Group\s+(\S+):\s*(.+)$/.exec(title);
        if (!m) return fail(n, `unknown section "${text}": expected "## Group ID: Title" or "## Interview"`);
        if (!SLUG.test(m[1])) fail(n, `group id "${m[1]}" must be a slug (a-z, 0-9, -)`);
        if (where.groups.has(m[1])) fail(n, `duplicate group id "${m[1]}" (first on line ${where.groups.get(m[1])})`);
        else where.groups.set(m[1], n);
        deck.groups.push({ id: m[1], title: m[2].trim() });
        zone = 'group';
        return;
      }
      if (level === 3) {
        const m = /^Card\s+(\S+)$/.exec(title);
        if (!m) return fail(n, `card heading must read "### Card ID", found "${text}"`);
        // `?.`: a second card outside any group is in zone 'card' with no group yet (found by the import fuzz test).
        const group = zone === 'group' || zone === 'card' ? (deck.groups[deck.groups.length - 1]?.id ?? '') : '';
        // A card outside a group is reported once; its sections are still read so no error cascades from it.
        if (!group) fail(n, `card "${m[1]}" is not inside a "## Group ID: Title" section`);
        card = { id: m[1], group, prompt: '', tags: [], outline: [], followUps: [], redFlags: [], seniorSignal: '', examples: [], sources: [] };
        if (group) deck.cards.push(card);
        where.cards.set(card, { heading: n, sections: {} });
        [zone, cardSection] = ['card', null];
        return;
      }
      if (level === 4 && zone === 'interview' && deck.interview) {
        const key = sectionKey(INTERVIEW_SECTIONS, title);
        if (!key) return fail(n, `unknown interview section "${title}": expected Guidance or Tips`);
        interviewSection = key;
        list = deck.interview[key];
        return;
      }
      if (level === 4 && card && (zone === 'card' || zone === 'header')) {
        const key = sectionKey(CARD_SECTIONS, title);
        if (!key) return fail(n, `unknown card section "${title}": expected ${Object.values(CARD_SECTIONS).join(', ')}`);
        const seen = where.cards.get(card)?.sections ?? {};
        if (seen[key]) return fail(n, `duplicate "${CARD_SECTIONS[key]}" section in card "${card.id}"`);
        seen[key] = n;
        cardSection = key;
        const value = card[key];
        list = Array.isArray(value) && key !== 'examples' ? (value as string[]) : null;
        return;
      }
      return fail(n, `unexpected heading "${text}" here`);
    }
    if (text.trim() === '') return;
    const fenceOpen = /^(```|~~~)\s*([\w+-]*)\s*$/.exec(text);
    if (zone === 'header') {
      const version = /^Version:\s*(.*)$/i.exec(text);
      if (version) {
        if (!/^\S+$/.test(version[1])) return fail(n, 'version must be one word, e.g. "Version: 2026.11.1"');
        deck.version = version[1];
      } else description.push(text.trim());
      return;
    }
    if (zone === 'interview' && deck.interview) {
      const kv = /^(Questions|Groups|Pair):\s*(.*)$/i.exec(text);
      if (kv && interviewSection === null) {
        const key = kv[1].toLowerCase() as 'questions' | 'groups' | 'pair';
        if (key === 'pair') {
          deck.interview.pair = kv[2].split(',').map((t) => t.trim()).filter(Boolean);
          where.pair = n;
          return;
        }
        const r = range(kv[2]);
        if (!r) return fail(n, `${kv[1]} must be a number or a range like 6-8, found "${kv[2]}"`);
        deck.interview[key] = r;
        return;
      }
      if (list) return addListLine(list, raw, n, fail);
      return fail(n, 'expected "Questions:", "Groups:", "Pair:" or a "#### Guidance" / "#### Tips" section');
    }
    if (zone === 'card' && card) {
      if (cardSection === null) {
        const quote = /^>\s?(.*)$/.exec(text);
        const tags = /^Tags:\s*(.*)$/i.exec(text);
        if (quote) card.prompt = `${card.prompt} ${quote[1].trim()}`.trim();
        else if (tags) {
          card.tags = tags[1].split(',').map((t) => t.trim()).filter(Boolean);
          const bad = card.tags.find((t) => !SLUG.test(t));
          if (bad) fail(n, `tag "${bad}" must be a slug (a-z, 0-9, -)`);
        } else fail(n, `unexpected text in card "${card.id}": expected "> prompt", "Tags:" or a "#### Outline" section`);
        return;
      }
      if (cardSection === 'examples') {
        if (fenceOpen) fence = { line: n, language: fenceOpen[2] || 'text', body: [] };
        else fail(n, 'an Example section holds fenced code blocks (```python … ```)');
        return;
      }
      if (cardSection === 'seniorSignal') {
        card.seniorSignal = `${card.seniorSignal} ${text.trim()}`.trim();
        return;
      }
      if (list) return addListLine(list, raw, n, fail);
    }
    fail(n, `unexpected text outside a card: "${text.slice(0, 40)}"`);
  });

  const open = fence as { line: number } | null;
  if (open) fail(open.line, 'code block is never closed (add a line with ```)');
  deck.description = description.join(' ');
  if (zone === 'start') fail(1, 'the file must start with a "# Deck ID: Title" heading');
  else issues.push(...validateDeck(deck, where));
  issues.sort((a, b) => a.line - b.line);
  return issues.length ? { ok: false, issues } : { ok: true, deck };
}

function addListLine(list: string[], raw: string, n: number, fail: (line: number, message: string) => void): void {
  const item = /^[-*]\s+(.*)$/.exec(raw.trimEnd());
  if (item) list.push(item[1].trim());
  else if (/^\s{2,}\S/.test(raw) && list.length > 0) list[list.length - 1] += ` ${raw.trim()}`;
  else fail(n, `expected a list item ("- …"), found "${raw.trim().slice(0, 40)}"`);
}
