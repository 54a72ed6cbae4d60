// Fuzz (seeded): 1,200 malformed or hostile deck files. Each is a valid deck or a list of clear, line-numbered
// problems; none throws; none changes the database.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DECK_CARDS, MAX_PROBLEMS_SHOWN, checkDeckText, problemLine } from '../../../src/deck/import-check';
import { RehearseDb } from '../../../src/db/schema';
import { recordGrade } from '../../../src/db/record';
import { saveImportedDeck } from '../../../src/db/deck-edits';
import { seededRandom } from '../../../src/srs/random';

const base = [
  readFileSync(new URL('./fixtures/valid.md', import.meta.url), 'utf8'),
  readFileSync(new URL('../../../data/decks/senior-python.md', import.meta.url), 'utf8'),
];
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  '# Deck __proto__: x',
  '### Card constructor',
  '## Group toString: T',
  '\u202Eevil',
  '\uFEFF',
  '\u0000',
  '\r',
  '```',
  '~~~',
  '#### Outline',
  '#### Example',
  '## Interview',
  'Version:',
  'Version: 1 2',
  'Questions: 9-1',
  'Groups: x',
  'Pair: nope',
  'Tags: Not A Slug',
  '> ',
  '- ',
  '  continued',
  '#'.repeat(7) + ' deep',
  'x'.repeat(5000),
  '😀'.repeat(300),
  '### Card a',
  '### Card a',
  '## Group g: G',
];

function mutate(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const lines = (random() < 0.1 ? base[1] : base[0]).split('\n');
  const edits = 1 + Math.floor(random() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * lines.length);
    switch (Math.floor(random() * 8)) {
      case 0:
        lines.splice(at, 1 + Math.floor(random() * 20));
        break;
      case 1:
        lines.splice(at, 0, pick(HOSTILE));
        break;
      case 2:
        lines[at] = (lines[at] ?? '') + pick(HOSTILE);
        break;
      case 3:
        lines.splice(at, 0, ...lines.slice(Math.floor(random() * lines.length), Math.floor(random() * lines.length)));
        break;
      case 4:
        lines[at] = (lines[at] ?? '').replace(/[a-z]/, () => String.fromCharCode(Math.floor(random() * 0xffff)));
        break;
      case 5:
        lines.length = Math.floor(random() * lines.length);
        break;
      case 6:
        lines[at] = Array.from({ length: Math.floor(random() * 40) }, () => String.fromCharCode(Math.floor(random() * 128))).join('');
        break;
      default:
        [lines[at], lines[lines.length - 1 - at]] = [lines[lines.length - 1 - at], lines[at]];
    }
  }
  return lines.join(random() < 0.2 ? '\r\n' : '\n');
}

let db: RehearseDb;
const dump = async (): Promise<unknown> => ({
  reviews: await db.reviews.toArray(),
  cards: await db.cards.toArray(),
  decks: await db.decks.toArray(),
  meta: await db.meta.toArray(),
});

beforeAll(async () => {
  db = new RehearseDb(`fuzz-${Math.random()}`);
  await db.open();
  await recordGrade(db, {
    deckId: 'mini',
    cardId: 'first',
    grade: 4,
    ticked: [0, 1],
    pointCount: 5,
    durationMs: 1,
    mode: 'review',
    time: Date.UTC(2026, 10, 2, 9),
  });
  await saveImportedDeck(db, (checkDeckText(base[0], base[0].length) as { ok: true; deck: never }).deck, undefined, 1);
  await db.meta.put({ key: 'setting:theme', value: 'dark' });
});
afterAll(async () => db.delete());

describe('importing malformed and hostile deck files', () => {
  it('gives a valid deck or clear line-numbered problems for each of 1,200 seeded files, and changes nothing', async () => {
    const before = await dump();
    const random = seededRandom(20261125);
    const counts = { valid: 0, invalid: 0 };
    for (let i = 0; i < 1200; i++) {
      const text = i === 0 ? 'a\n'.repeat(50_000) : i === 1 ? '' : mutate(random);
      const result = checkDeckText(text, new TextEncoder().encode(text).length);
      if (result.ok) {
        counts.valid++;
        expect(result.deck.cards.length).toBeLessThanOrEqual(MAX_DECK_CARDS);
        expect(result.deck.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        // A valid file whose id and version are already stored is refused and changes nothing.
        await expect(saveImportedDeck(db, { ...result.deck, id: 'mini', version: '1' }, undefined, 2)).rejects.toThrow(/not newer/);
      } else {
        counts.invalid++;
        const lineCount = text.replace(/^\uFEFF/, '').split(/\r?\n/).length;
        expect(result.problems.length).toBeGreaterThan(0);
        expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_SHOWN + 1);
        const unclear = result.problems.filter(
          (p) =>
            !(
              Number.isInteger(p.line) &&
              p.line >= 0 &&
              p.line <= lineCount &&
              /^deck\.md(:\d+)?: \S/.test(problemLine('deck.md', p)) &&
              p.text.length <= 200
            ),
        );
        expect(unclear).toEqual([]);
      }
    }
    expect(counts.invalid).toBeGreaterThan(1000);
    expect(counts.valid).toBeGreaterThan(0); // some mutations (a swapped pair of list items, say) leave a valid deck
    expect(await dump()).toEqual(before);
  });

  it('lists at most 100 problems and counts the rest', () => {
    const result = checkDeckText('a\n'.repeat(500), 1000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.at(-1)).toEqual({ line: 0, message: 'and 401 more problems (fix these first)', text: '' });
  });

  it('refuses a file over 1 MB and a deck over 500 cards with a clear message', () => {
    expect(checkDeckText('', 1_500_000)).toEqual({
      ok: false,
      problems: [{ line: 0, message: 'the file is 1.5 MB; a deck may be at most 1 MB', text: '' }],
    });
    const card = base[0].slice(base[0].indexOf('### Card first'), base[0].indexOf('## Interview'));
    const many = base[0]
      .replace(card, Array.from({ length: 501 }, (_, i) => card.replace('### Card first', `### Card c${i}`)).join('\n'))
      .replace(/\n## Interview[\s\S]*$/, '\n');
    const result = checkDeckText(many, many.length);
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 0, message: 'the deck has 501 cards; a deck may have at most 500', text: '' }],
    });
  });
});
