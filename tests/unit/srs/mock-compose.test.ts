// The mock composer: for thousands of seeds and card states every rule holds; impossible requests get a message.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeMock, type ComposeOptions, type ComposerCard, type ComposeResult } from '../../../src/srs/mock-compose';
import { interviewRules, mockMinutes, type MockRules } from '../../../src/srs/mock-rules';
import { parseDeck } from '../../../src/deck/parse';

const TAGS = ['a', 'b', 'c', 'd'];

const cardsArb = fc.array(fc.record({ size: fc.integer({ min: 1, max: 6 }) }), { minLength: 1, maxLength: 6 }).chain((groups) =>
  fc
    .tuple(
      ...groups.map((g, gi) =>
        fc
          .array(
            fc.record({
              tags: fc.subarray(TAGS, { maxLength: 2 }),
              readiness: fc.double({ min: 0, max: 1, noNaN: true }),
              followUps: fc.integer({ min: 0, max: 3 }),
            }),
            { minLength: g.size, maxLength: g.size },
          )
          .map((cs) => cs.map((c, ci) => ({ ...c, id: `g${gi}-c${ci}`, group: `g${gi}` }))),
      ),
    )
    .map((gs) => gs.flat() as ComposerCard[]),
);

const rulesArb: fc.Arbitrary<MockRules> = fc
  .record({
    qMin: fc.integer({ min: 1, max: 8 }),
    qSpan: fc.integer({ min: 0, max: 3 }),
    gMin: fc.integer({ min: 1, max: 3 }),
    gSpan: fc.integer({ min: 0, max: 2 }),
    pair: fc.subarray(TAGS, { maxLength: 3 }),
  })
  .map((r) => ({ questions: { min: r.qMin, max: r.qMin + r.qSpan }, groups: { min: r.gMin, max: r.gMin + r.gSpan }, pair: r.pair }));

/** Every rule the issue names, checked on one result. */
function assertValid(result: ComposeResult, rules: MockRules, cards: ComposerCard[], options: ComposeOptions) {
  if (!result.ok) throw new Error(`expected a mock, got: ${result.message}`);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const ids = result.questions.map((q) => q.cardId);
  expect(ids).toHaveLength(options.count);
  expect(new Set(ids).size).toBe(ids.length);
  const groups = new Set(result.questions.map((q) => byId.get(q.cardId)!.group));
  expect(groups.size).toBeGreaterThanOrEqual(rules.groups.min);
  expect(groups.size).toBeLessThanOrEqual(rules.groups.max);
  expect([...groups].sort()).toEqual([...result.groups].sort());
  if (options.groups !== 'auto') expect([...groups].sort()).toEqual([...options.groups].sort());
  for (const tag of rules.pair) expect(ids.some((id) => byId.get(id)!.tags.includes(tag))).toBe(true);
  for (const q of result.questions) {
    const card = byId.get(q.cardId)!;
    expect(q.group).toBe(card.group);
    if (!options.followUps || card.followUps === 0) expect(q.followUp).toBeNull();
    else {
      expect(q.followUp).toBeGreaterThanOrEqual(0);
      expect(q.followUp).toBeLessThan(card.followUps);
    }
  }
}

/** Brute force for small decks: does any set of `count` cards meet every rule? */
function possible(rules: MockRules, cards: ComposerCard[], options: ComposeOptions): boolean {
  const n = cards.length;
  if (options.count < rules.questions.min || options.count > rules.questions.max) return false;
  for (let mask = 0; mask < 1 << n; mask++) {
    const set = cards.filter((_, i) => mask & (1 << i));
    if (set.length !== options.count) continue;
    const groups = new Set(set.map((c) => c.group));
    if (groups.size < rules.groups.min || groups.size > rules.groups.max) continue;
    if (options.groups !== 'auto' && [...groups].sort().join() !== [...options.groups].sort().join()) continue;
    if (rules.pair.every((t) => set.some((c) => c.tags.includes(t)))) return true;
  }
  return false;
}

describe('composeMock', () => {
  it('meets every rule, without duplicates, the same for the same seed', () => {
    fc.assert(
      fc.property(
        cardsArb,
        rulesArb,
        fc.integer(),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        fc.boolean(),
        (cards, rules, seed, favour, followUps, pick, auto) => {
          const groupIds = [...new Set(cards.map((c) => c.group))];
          const count = rules.questions.min + (pick % (rules.questions.max - rules.questions.min + 1));
          const picked = groupIds.filter((_, i) => (pick >> i) & 1);
          const options: ComposeOptions = { count, groups: auto ? 'auto' : picked, favourWeakest: favour, followUps };
          const result = composeMock(rules, cards, options, seed);
          expect(composeMock(rules, cards, options, seed)).toEqual(result);
          if (result.ok) assertValid(result, rules, cards, options);
          else expect(result.message).toMatch(/\w/);
        },
      ),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('finds a mock whenever one exists, and says why when none does (small decks, exhaustive check)', () => {
    const small = cardsArb.filter((cs) => cs.length <= 10);
    fc.assert(
      fc.property(small, rulesArb, fc.integer(), fc.nat(), fc.boolean(), (cards, rules, seed, pick, auto) => {
        const groupIds = [...new Set(cards.map((c) => c.group))];
        const count = rules.questions.min + (pick % (rules.questions.max - rules.questions.min + 1));
        const options: ComposeOptions = {
          count,
          groups: auto ? 'auto' : groupIds.filter((_, i) => (pick >> i) & 1),
          favourWeakest: true,
          followUps: true,
        };
        const result = composeMock(rules, cards, options, seed);
        expect(result.ok).toBe(possible(rules, cards, options));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('says plainly that 8 questions cannot come from 2 groups of 3 cards', () => {
    const cards = ['x', 'y'].flatMap((g) => [1, 2, 3].map((i) => ({ id: `${g}${i}`, group: g, tags: [], readiness: 0, followUps: 2 })));
    const rules = { questions: { min: 6, max: 8 }, groups: { min: 2, max: 3 }, pair: [] };
    const picked = composeMock(rules, cards, { count: 8, groups: ['x', 'y'], favourWeakest: true, followUps: true }, 1);
    expect(picked).toEqual({ ok: false, message: expect.stringMatching(/hold 6 cards; 8 questions need more/) });
    const auto = composeMock(rules, cards, { count: 8, groups: 'auto', favourWeakest: true, followUps: true }, 1);
    expect(auto.ok).toBe(false);
    expect(composeMock(rules, cards, { count: 9, groups: 'auto', favourWeakest: true, followUps: true }, 1)).toEqual({
      ok: false,
      message: 'A mock interview for this deck has 6–8 questions.',
    });
  });

  // Speed is the benchmark's to measure (npm run bench); here, that a bounded search ends with a reason.
  it('answers, with a reason, when a search would explode (many tags, many cards)', () => {
    const cards = Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`,
      group: `g${i % 3}`,
      tags: [`t${i % 7}`],
      readiness: 0.5,
      followUps: 2,
    }));
    const rules = { questions: { min: 6, max: 6 }, groups: { min: 2, max: 3 }, pair: ['t0', 't1', 't2', 't3', 't4', 't5', 't6'] };
    const result = composeMock(rules, cards, { count: 6, groups: 'auto', favourWeakest: true, followUps: true }, 3);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).not.toBe('');
  });

  it('draws weaker cards more often', () => {
    const cards = ['x', 'y'].flatMap((g) =>
      [0, 1, 2, 3, 4, 5].map((i) => ({ id: `${g}${i}`, group: g, tags: [], readiness: i === 0 ? 0 : i === 1 ? 1 : 0.5, followUps: 2 })),
    );
    const rules = { questions: { min: 6, max: 6 }, groups: { min: 2, max: 2 }, pair: [] };
    const counts = { weak: 0, strong: 0, even: 0 };
    for (let seed = 0; seed < 2000; seed++) {
      for (const favour of [true, false]) {
        const r = composeMock(rules, cards, { count: 6, groups: 'auto', favourWeakest: favour, followUps: false }, seed);
        if (!r.ok) throw new Error(r.message);
        const ids = r.questions.map((q) => q.cardId);
        if (favour) {
          counts.weak += +ids.includes('x0');
          counts.strong += +ids.includes('x1');
        } else counts.even += +ids.includes('x0') - +ids.includes('x1');
      }
    }
    expect(counts.weak).toBeGreaterThan(counts.strong * 3);
    expect(Math.abs(counts.even)).toBeLessThan(200);
  }, 60_000);

  it('composes the built-in deck by its ## Interview rules for every seed', () => {
    const parsed = parseDeck(readFileSync(new URL('../../../data/decks/senior-python.md', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('deck does not parse');
    const { deck } = parsed;
    const rules = interviewRules(deck.interview, deck.cards.length, deck.groups.length);
    expect(rules).toEqual({ questions: { min: 6, max: 8 }, groups: { min: 2, max: 3 }, pair: ['concurrency', 'profiling', 'design'] });
    expect(mockMinutes(rules)).toBe(20);
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 6, max: 8 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
        (seed, count, ready) => {
          const cards = deck.cards.map((c, i) => ({
            id: c.id,
            group: c.group,
            tags: c.tags,
            readiness: ready[i],
            followUps: c.followUps.length,
          }));
          const options: ComposeOptions = { count, groups: 'auto', favourWeakest: true, followUps: true };
          assertValid(composeMock(rules, cards, options, seed), rules, cards, options);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('interviewRules', () => {
  it('gives a deck with no ## Interview section 6–8 questions over 2–3 groups, capped by its size', () => {
    expect(interviewRules(null, 20, 5)).toEqual({ questions: { min: 6, max: 8 }, groups: { min: 2, max: 3 }, pair: [] });
    expect(interviewRules(null, 4, 1)).toEqual({ questions: { min: 4, max: 4 }, groups: { min: 1, max: 1 }, pair: [] });
  });
});
