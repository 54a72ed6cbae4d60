import { describe, expect, it } from 'vitest';
import { classSummary, joinClassBody } from '../../../src/protocol/class';

const card = { id: 'gil', repetitions: 2, interval: 6, due: 20_010, lastGrade: 4, lastDay: 20_004, reviews: 3 };
const summary = {
  activeDays14: 4,
  decks: [{ deckId: 'senior-python', version: '1', groups: [{ id: 'concurrency', readiness: 0.42 }], cards: [card] }],
};

describe('the class summary shape', () => {
  it('admits a summary as the app builds it', () => {
    expect(classSummary.problem(summary, 0)).toBeNull();
  });

  it('refuses a field the summary never carries, at any depth', () => {
    expect(classSummary.problem({ ...summary, log: [] }, 0)).toMatch(/never carries \("log"\)/);
    const ticked = { ...summary, decks: [{ ...summary.decks[0], cards: [{ ...card, ticked: [0] }] }] };
    expect(classSummary.problem(ticked, 0)).toMatch(/list of decks that is not valid/);
  });

  it('refuses out-of-range values', () => {
    expect(classSummary.problem({ ...summary, activeDays14: 15 }, 0)).toMatch(/active days/);
    const grade = { ...summary, decks: [{ ...summary.decks[0], cards: [{ ...card, lastGrade: 6 }] }] };
    expect(classSummary.problem(grade, 0)).not.toBeNull();
    const readiness = { ...summary, decks: [{ ...summary.decks[0], groups: [{ id: 'concurrency', readiness: 1.01 }] }] };
    expect(classSummary.problem(readiness, 0)).not.toBeNull();
  });

  it('gives the server a schema with no room for extra fields', () => {
    const schema = classSummary.schema as {
      additionalProperties: boolean;
      properties: { decks: { items: { properties: { cards: { items: { additionalProperties: boolean } } } } } };
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.decks.items.properties.cards.items.additionalProperties).toBe(false);
  });
});

describe('the join body', () => {
  it('needs a name without control characters', () => {
    expect(joinClassBody.problem({ code: 'a b', displayName: 'Ada', sharing: true }, 0)).toBeNull();
    expect(joinClassBody.problem({ code: 'a b', displayName: 'A\u0000', sharing: true }, 0)).toMatch(/name/);
  });
});
