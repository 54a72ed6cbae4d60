import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/deck/parse';
import { formatIssues } from '../../../src/deck/format-issues';
import { OUTLINE_DRILL_FIELDS } from '../../../src/deck/drill';

const valid = readFileSync(new URL('./fixtures/valid.md', import.meta.url), 'utf8');

/** Parses `source` and returns its problems as FILE:LINE: message lines. */
function problems(source: string): string[] {
  const result = parseDeck(source);
  return result.ok ? [] : formatIssues('deck.md', result.issues).split('\n');
}

/** The valid fixture with one edit applied. */
const edit = (find: string, replace: string): string => {
  expect(valid).toContain(find);
  return valid.replace(find, replace);
};

describe('parseDeck: a valid deck', () => {
  it('compiles every field', () => {
    const result = parseDeck(valid);
    if (!result.ok) throw new Error(formatIssues('valid.md', result.issues));
    const { deck } = result;
    expect(deck).toMatchObject({ id: 'mini', title: 'A Small Deck', version: '1', groups: [{ id: 'basics', title: 'The Basics' }] });
    expect(deck.cards[0]).toEqual({
      id: 'first',
      group: 'basics',
      prompt: 'What is `x`?',
      tags: ['core'],
      outline: [
        'Names x, because y.',
        'Explains that long items continue on indented lines.',
        'Gives a third point.',
        'Gives a fourth point.',
        'Gives a fifth point.',
      ],
      followUps: ['Ask why.', 'Ask when not.'],
      redFlags: ['Says <img src=x onerror=alert(1)>.', 'Guesses without measuring.'],
      seniorSignal: 'Measures first, then decides.',
      examples: [{ language: 'python', code: 'def f():\n    return 1' }],
      sources: ['https://docs.python.org/3/'],
      ...OUTLINE_DRILL_FIELDS,
    });
    expect(deck.interview).toEqual({
      questions: { min: 6, max: 8 },
      groups: { min: 2, max: 3 },
      pair: ['core'],
      guidance: ['Pick a few.'],
      tips: ['Be kind.'],
    });
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    expect(parseDeck(`\uFEFF${valid.replace(/\n/g, '\r\n')}`).ok).toBe(true);
  });
});

describe('parseDeck: malformed decks name the line and the problem', () => {
  const cases: [string, string, string][] = [
    [
      'missing deck heading',
      valid.replace('# Deck mini: A Small Deck\n', ''),
      'deck.md:1: the file must start with a "# Deck ID: Title" heading',
    ],
    ['malformed deck heading', edit('# Deck mini: A Small Deck', '# Mini deck'), 'deck.md:1: deck heading must read "# Deck ID: Title"'],
    ['missing version', edit('Version: 1\n', ''), 'deck.md:1: missing "Version: …" line'],
    ['empty prompt', edit('> What is `x`?\n', ''), 'deck.md:8: card "first" has an empty prompt'],
    [
      'missing outline',
      edit(
        '#### Outline\n- Names x, because y.\n- Explains that long items\n  continue on indented lines.\n- Gives a third point.\n- Gives a fourth point.\n- Gives a fifth point.\n',
        '',
      ),
      'deck.md:8: card "first" is missing its "#### Outline" section',
    ],
    [
      'too many points',
      edit('- Names x, because y.\n', '- p\n'.repeat(9)),
      'deck.md:13: card "first" has too many outline points: 13 (at most 8)',
    ],
    ['too few outline points', edit('- Gives a fifth point.\n', ''), 'deck.md:13: card "first" has too few outline points: 4 (at least 5)'],
    [
      'duplicate card id',
      valid.replace(
        '## Interview',
        '### Card first\n> Again?\n#### Outline\n- a\n#### Follow-ups\n- b\n#### Red flags\n- c\n#### Senior signal\nd\n\n## Interview',
      ),
      'deck.md:42: duplicate card id "first" (first on line 8)',
    ],
    [
      'card outside a group',
      edit('## Group basics: The Basics\n', ''),
      'deck.md:7: card "first" is not inside a "## Group ID: Title" section',
    ],
    ['unknown section', edit('## Group basics: The Basics', '## Chapter basics'), 'deck.md:6: unknown section "## Chapter basics"'],
    ['unknown card section', edit('#### Red flags', '#### Pitfalls'), 'deck.md:25: unknown card section "Pitfalls"'],
    ['bad card id', edit('### Card first', '### Card First Card'), 'deck.md:8: card heading must read "### Card ID"'],
    ['id not a slug', edit('### Card first', '### Card First_One'), 'deck.md:8: card id "First_One" must be a slug'],
    [
      'missing red flags',
      edit('#### Red flags\n- Says <img src=x onerror=alert(1)>.\n- Guesses without measuring.\n', ''),
      'deck.md:8: card "first" needs at least 2 red flags under "#### Red flags" (has 0)',
    ],
    [
      'one red flag',
      edit('- Guesses without measuring.\n', ''),
      'deck.md:25: card "first" needs at least 2 red flags under "#### Red flags" (has 1)',
    ],
    [
      'one follow-up',
      edit('- Ask when not.\n', ''),
      'deck.md:21: card "first" needs at least 2 follow-ups under "#### Follow-ups" (has 1)',
    ],
    [
      'missing senior signal',
      edit('#### Senior signal\nMeasures first,\nthen decides.\n', ''),
      'deck.md:8: card "first" needs a "#### Senior signal" paragraph',
    ],
    ['text that is not a list item', edit('- Ask why.', 'Ask why.'), 'deck.md:22: expected a list item ("- …")'],
    ['unclosed code block', edit('    return 1\n```\n', '    return 1\n'), 'deck.md:34: code block is never closed'],
    ['unknown pair tag', edit('Pair: core', 'Pair: core, design'), 'deck.md:45: Pair names tag "design", but no card carries it'],
    [
      'group without cards',
      valid.replace('## Interview', '## Group empty: Empty\n\n## Interview'),
      'deck.md:42: group "empty" has no cards',
    ],
    [
      'duplicate group id',
      valid.replace('## Interview', '## Group basics: Again\n\n## Interview'),
      'deck.md:42: duplicate group id "basics" (first on line 6)',
    ],
    ['bad question range', edit('Questions: 6-8', 'Questions: many'), 'deck.md:43: Questions must be a number or a range like 6-8'],
  ];

  it.each(cases)('%s', (_name, source, expected) => {
    const found = problems(source);
    expect(
      found.some((line) => line.startsWith(expected)),
      `got:\n${found.join('\n')}`,
    ).toBe(true);
  });

  it('reports a card outside a group once, without a cascade of follow-on errors', () => {
    expect(problems(edit('## Group basics: The Basics\n', '')).slice(0, 2)).toEqual([
      'deck.md:1: the deck has no "## Group ID: Title" section',
      'deck.md:7: card "first" is not inside a "## Group ID: Title" section',
    ]);
  });

  it('reports every problem, not just the first', () => {
    const broken = edit('Version: 1\n', '').replace(
      '#### Red flags\n- Says <img src=x onerror=alert(1)>.\n- Guesses without measuring.\n',
      '',
    );
    expect(problems(broken).length).toBeGreaterThanOrEqual(2);
  });
});

describe('ids are at most 80 characters, the length the review log admits', () => {
  const long = (n: number): string => `c${'a'.repeat(n - 1)}`;

  it('refuses an 81-character card id on its heading line', () => {
    expect(problems(edit('### Card first', `### Card ${long(81)}`))).toEqual([
      `deck.md:8: card id "${long(81).slice(0, 40)}…" is 81 characters long; ids may have at most 80`,
    ]);
  });

  it('refuses an 81-character deck id, group id and tag', () => {
    const found = problems(
      edit('# Deck mini:', `# Deck ${long(81)}:`)
        .replace('## Group basics:', `## Group ${long(81)}:`)
        .replace('Tags: core', `Tags: ${long(81)}`),
    );
    expect(found.filter((p) => p.includes('is 81 characters long')).map((p) => p.split(':')[1])).toEqual(['1', '6', '11']);
  });

  it('accepts an 80-character card id', () => {
    expect(problems(edit('### Card first', `### Card ${long(80)}`))).toEqual([]);
  });
});

describe('cards outside any group (found by the import fuzz test)', () => {
  it('reports each card outside a group instead of throwing', () => {
    const result = parseDeck('# Deck d: D\nVersion: 1\n\n### Card a\n> Q?\n\n### Card b\n> Q?\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.filter((i) => /is not inside a "## Group/.test(i.message)).map((i) => i.line)).toEqual([4, 7]);
    }
  });
});
