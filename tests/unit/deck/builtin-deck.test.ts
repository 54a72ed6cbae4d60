// The built-in deck: the prompts are the seed's words exactly, and every card is complete.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/deck/parse';
import { formatIssues } from '../../../src/deck/format-issues';

const deckPath = new URL('../../../data/decks/senior-python.md', import.meta.url);
// The hiring manager's bank, kept in the repo so this test runs (never skips) in any clone. That the kept
// copy still equals the shared original, where one sits beside the checkout, is checked by .ci/run (cmp).
const seedPath = new URL('../../../data/seed/senior-python-questions.txt', import.meta.url);

function loadDeck() {
  const result = parseDeck(readFileSync(deckPath, 'utf8'));
  if (!result.ok) throw new Error(formatIssues('senior-python.md', result.issues));
  return result.deck;
}

/** The seed's groups and questions, read straight from the hiring manager's text. */
function seedGroups(): { title: string; questions: string[] }[] {
  const lines = readFileSync(seedPath, 'utf8').split('\n');
  const groups: { title: string; questions: string[] }[] = [];
  let lastText = '';
  for (const line of lines) {
    const q = /^\s+(\d+)\.\s+(.*)$/.exec(line);
    if (q?.[1] === '1') groups.push({ title: lastText, questions: [] });
    if (q) groups[groups.length - 1].questions.push(q[2].trim());
    else if (line.trim()) lastText = line.trim();
  }
  return groups;
}

describe('the built-in senior-Python deck', () => {
  const deck = loadDeck();
  const seed = seedGroups();

  it('has the seed 16 questions, word for word, in the seed groups and order', () => {
    expect(seed.map((g) => g.questions.length)).toEqual([4, 4, 4, 4]);
    expect(deck.groups.map((g) => g.title)).toEqual(seed.map((g) => g.title));
    const byGroup = deck.groups.map((g) => deck.cards.filter((c) => c.group === g.id).map((c) => c.prompt));
    expect(byGroup).toEqual(seed.map((g) => g.questions));
  });

  it.each(loadDeck().cards.map((c) => [c.id, c] as const))('card %s has a full outline', (_id, card) => {
    expect(card.outline.length).toBeGreaterThanOrEqual(5);
    expect(card.outline.length).toBeLessThanOrEqual(8);
    expect(card.followUps.length).toBeGreaterThanOrEqual(2);
    expect(card.redFlags.length).toBeGreaterThanOrEqual(2);
    expect(card.seniorSignal.length).toBeGreaterThan(20);
    expect(card.outline.join(' ')).not.toMatch(/placeholder/i);
  });

  it('shows code where the answer is about code', () => {
    for (const id of ['decorators', 'context-managers', 'generators-vs-lists', 'args-kwargs']) {
      const card = deck.cards.find((c) => c.id === id);
      expect(card?.examples.length, id).toBeGreaterThan(0);
    }
    const decorator = deck.cards
      .find((c) => c.id === 'decorators')!
      .examples.map((e) => e.code)
      .join('\n');
    expect(decorator).toContain('functools.wraps');
    const manager = deck.cards
      .find((c) => c.id === 'context-managers')!
      .examples.map((e) => e.code)
      .join('\n');
    expect(manager).toMatch(/def __enter__/);
    expect(manager).toMatch(/def __exit__/);
    expect(manager).not.toMatch(/contextlib/);
  });

  it('cites a source for every Python version and PEP a card names', () => {
    for (const card of deck.cards) {
      const text = [...card.outline, ...card.followUps, ...card.redFlags, card.seniorSignal].join(' ');
      const sources = card.sources.join(' ');
      for (const m of text.matchAll(/\b3\.(\d{1,2})\b/g)) expect(sources, `${card.id} names ${m[0]}`).toContain(m[0]);
      for (const m of text.matchAll(/PEP (\d+)/g)) {
        expect(sources, `${card.id} names PEP ${m[1]}`).toContain(`pep-${m[1].padStart(4, '0')}`);
      }
    }
  });

  it('keeps every version-1 card id, so progress carries over to version 2', () => {
    // The ids shipped in version 2026.11.1; progress is stored by card id, so none may change or disappear.
    const v1Ids = [
      'gil',
      'mp-threading-asyncio',
      'asyncio-concurrency',
      'cpu-bound-options',
      'decorators',
      'generators-vs-lists',
      'context-managers',
      'args-kwargs',
      'profiling-slow-service',
      'design-patterns',
      'caching',
      'hot-loops',
      'testing-external-deps',
      'type-hints-mypy',
      'api-versioning',
      'junior-pr-review',
    ];
    expect(deck.cards.map((c) => c.id)).toEqual(v1Ids);
    expect(deck.version).not.toBe('2026.11.1');
  });

  it('types its forwarding examples with ParamSpec, as the cards advise', () => {
    for (const id of ['decorators', 'args-kwargs']) {
      const code = deck.cards
        .find((c) => c.id === id)!
        .examples.map((e) => e.code)
        .join('\n');
      expect(code, id).toMatch(/\*args: P\.args, \*\*kwargs: P\.kwargs/);
    }
  });

  it('shows a race that really loses updates: a read, a call, then the write', () => {
    const code = deck.cards
      .find((c) => c.id === 'gil')!
      .examples.map((e) => e.code)
      .join('\n');
    expect(code).toMatch(/value = count[\s\S]*time\.sleep\(0\)[\s\S]*count = value \+ 1/);
  });

  it('carries the mock-interview guidance and the five tips', () => {
    expect(deck.interview?.questions).toEqual({ min: 6, max: 8 });
    expect(deck.interview?.groups).toEqual({ min: 2, max: 3 });
    expect(deck.interview?.pair).toEqual(['concurrency', 'profiling', 'design']);
    expect(deck.interview?.tips).toHaveLength(5);
  });
});
