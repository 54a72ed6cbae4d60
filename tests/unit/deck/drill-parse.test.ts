import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/deck/parse';
import { formatIssues } from '../../../src/deck/format-issues';
import { serializeDeck } from '../../../src/deck/serialize';
import { cardKind, OUTLINE_DRILL_FIELDS, parsePythonRange, withDrillFields } from '../../../src/deck/drill';
import { checkDeckText } from '../../../src/deck/import-check';
import { checkDeckValue } from '../../../src/deck/value-check';
import type { Card } from '../../../src/deck/types';
import { deckVersion } from '../../../src/protocol/deck-version';

const valid = readFileSync(new URL('./fixtures/drills.md', import.meta.url), 'utf8');

/** Parses `source` and returns its problems as FILE:LINE: message lines. */
function problems(source: string): string[] {
  const result = parseDeck(source);
  return result.ok ? [] : formatIssues('deck.md', result.issues).split('\n');
}

/** The drills fixture with one edit applied (the text to find must be there). */
const edit = (find: string, replace: string): string => {
  expect(valid).toContain(find);
  return valid.replace(find, replace);
};

const predictCode = valid.slice(valid.indexOf('```python'), valid.indexOf('print(n)\n```') + 'print(n)\n```'.length);

describe('parseDeck: drill cards', () => {
  it('reads each kind with its fields, and gives outline cards the empty drill fields', () => {
    const result = parseDeck(valid);
    if (!result.ok) throw new Error(formatIssues('drills.md', result.issues));
    const [predict, short, choice, outline] = result.deck.cards;
    expect(predict).toMatchObject({
      kind: 'predict',
      python: '3.8+',
      run: 'exact',
      answer: '',
      correct: 0,
      tags: ['locks'],
      choices: ['`4000`', 'A number below `4000` that varies by run', 'It raises `RuntimeError`'],
      why: 'The lock makes each read-add-write atomic, so no update is lost.',
      sources: ['https://docs.python.org/3/library/threading.html#lock-objects'],
    });
    expect(predict.code?.language).toBe('python');
    expect(predict.code?.code.split('\n')).toHaveLength(12);
    expect(short).toMatchObject({
      kind: 'short',
      answer: '`None`, always: call `is_alive()` afterwards to learn whether it finished.',
      choices: [],
      correct: -1,
      code: null,
    });
    expect(choice).toMatchObject({ kind: 'choice', correct: 1, code: null, python: '' });
    expect(outline).toMatchObject({ kind: 'outline', answer: '', why: '', code: null, choices: [], correct: -1, python: '', run: 'exact' });
  });

  it('defaults Run to exact, and reads racy and compile', () => {
    for (const mode of ['racy', 'compile'] as const) {
      const result = parseDeck(edit('Run: exact', `Run: ${mode}`));
      expect(result.ok && result.deck.cards[0].run).toBe(mode);
    }
    const result = parseDeck(edit('Run: exact\n', ''));
    expect(result.ok && result.deck.cards[0].run).toBe('exact');
  });

  it('joins a prompt written over several "> " lines', () => {
    const result = parseDeck(edit('> What does this print on CPython?', '> What does this\n> print on CPython?'));
    expect(result.ok && result.deck.cards[0].prompt).toBe('What does this print on CPython?');
  });

  it('accepts the Kind, Tags, Python and Run lines in any order', () => {
    expect(
      problems(edit('Kind: predict\nTags: locks\nPython: 3.8+\nRun: exact', 'Run: exact\nPython: 3.8+\nTags: locks\nKind: predict')),
    ).toEqual([]);
  });

  it('writes drill cards back so they read the same', () => {
    const first = parseDeck(valid);
    if (!first.ok) throw new Error('fixture');
    const racy = { ...first.deck, cards: first.deck.cards.map((c, i) => (i === 0 ? { ...c, run: 'racy' as const } : c)) };
    for (const deck of [first.deck, racy]) {
      const again = parseDeck(serializeDeck(deck));
      expect(again.ok && again.deck).toEqual(deck);
    }
  });

  it('reads Python ranges', () => {
    expect(parsePythonRange('3.10+')).toEqual({ low: [3, 10], high: null });
    expect(parsePythonRange('3.9-3.12')).toEqual({ low: [3, 9], high: [3, 12] });
    for (const bad of ['3.12-3.9', '3.10', '2.7+', 'any', '3.x+']) expect(parsePythonRange(bad)).toBeNull();
  });
});

describe('parseDeck: broken drill rules name the line and the problem', () => {
  const long = (n: number): string => 'a'.repeat(n);
  const cases: [string, string, string][] = [
    ['unknown kind', edit('Kind: predict', 'Kind: quiz'), 'deck.md:11: "Kind: quiz" is not one of short, predict, choice'],
    [
      'kind outline is not written',
      edit('Kind: predict', 'Kind: outline'),
      'deck.md:11: "Kind: outline" is not one of short, predict, choice',
    ],
    [
      'two Kind lines',
      edit('Tags: locks\nPython', 'Kind: choice\nPython'),
      'deck.md:12: duplicate "Kind:" line in card "lock-counter" (first on line 11)',
    ],
    ['unknown run mode', edit('Run: exact', 'Run: sometimes'), 'deck.md:14: "Run: sometimes" is not one of exact, racy, compile'],
    [
      'prompt too long',
      edit('> What does this print on CPython?', `> ${long(150)} what does it print?`),
      'deck.md:9: predict card "lock-counter" has a prompt of 170 characters (at most 160)',
    ],
    [
      'two prompt paragraphs',
      edit('> What does this print on CPython?\n', '> What does this print on CPython?\n\n> Think first.\n'),
      'deck.md:11: predict card "lock-counter": a drill prompt is one "> " paragraph',
    ],
    [
      'two questions',
      edit('> What does this print on CPython?', '> What does it print? And why?'),
      'deck.md:9: predict card "lock-counter" asks more than one question',
    ],
    [
      'short without answer',
      edit('#### Answer\n`None`, always: call `is_alive()` afterwards to learn whether it finished.\n', ''),
      'deck.md:43: short card "join-timeout" is missing its "#### Answer" section',
    ],
    [
      'short with empty answer',
      edit('`None`, always: call `is_alive()` afterwards to learn whether it finished.\n', ''),
      'deck.md:49: short card "join-timeout" has an empty Answer',
    ],
    [
      'answer over 40 words',
      edit('`None`, always: call', `${'word '.repeat(35)}\`None\`, always: call`),
      'deck.md:49: short card "join-timeout" has an answer of 45 words (at most 40)',
    ],
    [
      'answer of two paragraphs',
      edit('whether it finished.\n', 'whether it finished.\n\nA second paragraph.\n'),
      'deck.md:52: short card "join-timeout": an Answer is one paragraph',
    ],
    [
      'short why too long',
      edit("Only the caller's check turns a timeout into an error.", long(201)),
      'deck.md:52: short card "join-timeout" has a Why of 201 characters (at most 200)',
    ],
    [
      'why of two paragraphs',
      edit('into an error.\n', 'into an error.\n\nMore.\n'),
      'deck.md:55: short card "join-timeout": a Why is one paragraph',
    ],
    [
      'short with code',
      edit('#### Why\nOnly', '#### Code\n```python\nx = 1\n```\n\n#### Why\nOnly'),
      'deck.md:52: short card "join-timeout" cannot have a "#### Code" section',
    ],
    [
      'short with choices',
      edit('#### Why\nOnly', '#### Choices\n- [x] a\n- [ ] b\n- [ ] c\n\n#### Why\nOnly'),
      'deck.md:52: short card "join-timeout" cannot have a "#### Choices" section',
    ],
    [
      'predict without why',
      edit('#### Why\nThe lock makes each read-add-write atomic, so no update is lost.\n', ''),
      'deck.md:8: predict card "lock-counter" needs a "#### Why" paragraph',
    ],
    [
      'choice why too long',
      edit('The lock makes each read-add-write atomic, so no update is lost.', long(401)),
      'deck.md:37: predict card "lock-counter" has a Why of 401 characters (at most 400)',
    ],
    [
      'predict without code',
      edit(`#### Code\n${predictCode}\n`, ''),
      'deck.md:8: predict card "lock-counter" is missing its "#### Code" section',
    ],
    ['empty code section', edit(`${predictCode}\n`, ''), 'deck.md:16: predict card "lock-counter" has an empty Code section'],
    [
      'code over 15 lines',
      edit('print(n)\n```', 'print(n)\nprint(1)\nprint(2)\nprint(3)\nprint(4)\n```'),
      'deck.md:16: predict card "lock-counter" has 16 lines of code (at most 15)',
    ],
    [
      'code without a language',
      edit('```python\nimport threading', '```\nimport threading'),
      'deck.md:16: predict card "lock-counter": name the code\'s language after the fence',
    ],
    [
      'two code blocks',
      edit('print(n)\n```\n', 'print(n)\n```\n```python\nx = 1\n```\n'),
      'deck.md:31: predict card "lock-counter": a Code section holds exactly one fenced code block',
    ],
    [
      'text in a code section',
      edit('#### Code\n```python', '#### Code\nLook:\n```python'),
      'deck.md:17: a Code section holds one fenced code block',
    ],
    [
      'predict without choices',
      edit('#### Choices\n- [x] `4000`\n- [ ] A number below `4000` that varies by run\n- [ ] It raises `RuntimeError`\n', ''),
      'deck.md:8: predict card "lock-counter" is missing its "#### Choices" section',
    ],
    ['two choices', edit('- [ ] It raises `RuntimeError`\n', ''), 'deck.md:32: predict card "lock-counter" has 2 choices (3 or 4)'],
    [
      'five choices',
      edit('- [ ] A `Semaphore(1)`', '- [ ] A `Semaphore(1)`\n- [ ] A `Barrier`'),
      'deck.md:60: choice card "queue-fits" has 5 choices (3 or 4)',
    ],
    ['no right choice', edit('- [x] `queue.Queue`', '- [ ] `queue.Queue`'), 'deck.md:60: choice card "queue-fits" marks no choice right'],
    [
      'two right choices',
      edit('- [ ] A `threading.Event`', '- [x] A `threading.Event`'),
      'deck.md:63: choice card "queue-fits" marks more than one choice right',
    ],
    [
      'choice too long',
      edit('- [ ] A `threading.Event`', `- [ ] ${long(161)}`),
      'deck.md:63: choice card "queue-fits" has a choice of 161 characters (at most 160)',
    ],
    [
      'same choice twice',
      edit('- [ ] A `threading.Event`', '- [ ] A `Semaphore(1)`'),
      'deck.md:64: choice card "queue-fits" has the same choice twice (first on line 63)',
    ],
    [
      'choice without a box',
      edit('- [ ] A `threading.Event`', '- A `threading.Event`'),
      'deck.md:63: a choice reads "- [x] right answer" or "- [ ] wrong answer"',
    ],
    [
      'choice card with an answer',
      edit('#### Why\n`queue.Queue`', '#### Answer\nThe queue.\n\n#### Why\n`queue.Queue`'),
      'deck.md:66: choice card "queue-fits" cannot have a "#### Answer" section',
    ],
    [
      'bad Python range',
      edit('Python: 3.8+', 'Python: 3.8'),
      'deck.md:13: predict card "lock-counter": "Python: 3.8" must read like 3.10+ or 3.9-3.12',
    ],
    [
      'backwards Python range',
      edit('Python: 3.8+', 'Python: 3.12-3.9'),
      'deck.md:13: predict card "lock-counter": "Python: 3.12-3.9" must read like',
    ],
    ['predict without Python', edit('Python: 3.8+\n', ''), 'deck.md:8: predict card "lock-counter" needs a "Python:" line'],
    [
      'Run on a choice card',
      edit('Kind: choice', 'Kind: choice\nRun: exact'),
      'deck.md:59: choice card "queue-fits": "Run:" is for predict cards only',
    ],
    [
      'outline section on a drill card',
      edit('#### Why\n`queue.Queue`', '#### Outline\n- a\n\n#### Why\n`queue.Queue`'),
      'deck.md:66: choice card "queue-fits" cannot have a "#### Outline" section (that is for outline cards)',
    ],
    [
      'example on a drill card',
      edit('#### Why\nOnly', '#### Example\n```python\nx = 1\n```\n\n#### Why\nOnly'),
      'deck.md:52: short card "join-timeout" cannot have a "#### Example" section',
    ],
    [
      'drill section on an outline card',
      edit('#### Senior signal\nMeasures first.', '#### Senior signal\nMeasures first.\n\n#### Why\nBecause.'),
      'deck.md:92: card "explain-gil" has no "Kind:" line, so it is an outline card, which has no "#### Why" section',
    ],
    [
      'Python on an outline card',
      edit('> What is the GIL and when does it matter?', '> What is the GIL and when does it matter?\nPython: 3.8+'),
      'deck.md:73: "Python:" is for drill cards',
    ],
    [
      'Run on an outline card',
      edit('> What is the GIL and when does it matter?', '> What is the GIL and when does it matter?\nRun: exact'),
      'deck.md:73: "Run:" is for predict cards',
    ],
  ];
  it.each(cases)('%s', (_name, source, expected) => {
    const found = problems(source);
    expect(
      found.some((p) => p.startsWith(expected)),
      `expected "${expected}" in:\n${found.join('\n')}`,
    ).toBe(true);
  });
});

describe('imported and synced decks accept drill cards', () => {
  it('imports a drill deck file, and checks a synced drill deck value as the same deck', () => {
    const file = checkDeckText(valid, valid.length);
    if (!file.ok) throw new Error(JSON.stringify(file.problems));
    expect(file.deck.cards.map((c) => c.kind)).toEqual(['predict', 'short', 'choice', 'outline']);
    const value = checkDeckValue(file.deck);
    expect(value.ok && value.deck).toEqual(file.deck);
  });

  it('refuses a synced value whose choice card lost its right answer, with the line', () => {
    const file = checkDeckText(valid, valid.length);
    if (!file.ok) throw new Error('fixture');
    const broken = { ...file.deck, cards: file.deck.cards.map((c) => (c.kind === 'choice' ? { ...c, correct: -1 } : c)) };
    const value = checkDeckValue(broken);
    expect(value.ok).toBe(false);
    expect(!value.ok && value.problems[0].message).toMatch(/choice card "queue-fits" marks no choice right/);
  });

  it('reads a deck stored before drill kinds (no drill fields) as outline cards', () => {
    const file = checkDeckText(valid, valid.length);
    if (!file.ok) throw new Error('fixture');
    const outline = file.deck.cards[3];
    const bare = Object.fromEntries(Object.entries(outline).filter(([k]) => !(k in OUTLINE_DRILL_FIELDS))) as unknown as Card;
    expect(cardKind(bare)).toBe('outline');
    expect(withDrillFields({ ...file.deck, cards: [bare] }).cards[0]).toEqual(outline);
    const value = checkDeckValue({ ...file.deck, groups: [file.deck.groups[1]], cards: [bare] });
    expect(value.ok && value.deck.cards[0]).toEqual(outline);
  });
});

describe('the wire shape of a synced deck version', () => {
  it('accepts a drill deck and an outline deck stored before drill kinds, and refuses a drill field of the wrong kind', () => {
    const file = checkDeckText(valid, valid.length);
    if (!file.ok) throw new Error('fixture');
    expect(deckVersion.is(file.deck)).toBe(true);
    const bare = {
      ...file.deck,
      cards: file.deck.cards.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => !(k in OUTLINE_DRILL_FIELDS)))),
    };
    expect(deckVersion.is(bare)).toBe(true);
    expect(deckVersion.is({ ...file.deck, cards: [{ ...file.deck.cards[0], kind: 'quiz' }] })).toBe(false);
    expect(deckVersion.is({ ...file.deck, cards: [{ ...file.deck.cards[0], correct: '0' }] })).toBe(false);
    expect(deckVersion.is({ ...file.deck, cards: [{ ...file.deck.cards[0], hint: 'x' }] })).toBe(false);
  });
});
