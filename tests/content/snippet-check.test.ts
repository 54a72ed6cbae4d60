// The snippet checker itself: a card whose stated output, exception or race is wrong fails, on a real CPython.
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/parse';
import { formatIssues } from '../../src/deck/format-issues';
import { findPythons } from './pythons';
import { claimedRange, COMPILE_ONLY, deckJobs, parseRange } from './snippet-jobs';
import { raceFreeValue, runJob } from './run-snippet';

const python = findPythons().at(-1)!;

/** A one-card predict deck with the given code, correct choice and Run: mode. */
function predictDeck(code: string, correct: string, run = 'exact'): string {
  return `# Deck scratch: Scratch
Version: 1

## Group g: G

### Card c
> What does this print?

Kind: predict
Python: 3.6+
Run: ${run}

#### Code
\`\`\`python
${code}
\`\`\`

#### Choices
- [x] ${correct}
- [ ] \`never printed\`
- [ ] \`also never\`

#### Why
Scratch.
`;
}

/** Parses a scratch deck and checks its one job on the newest installed CPython. */
async function verdictOf(source: string) {
  const result = parseDeck(source);
  if (!result.ok) throw new Error(formatIssues('scratch.md', result.issues));
  const [job] = deckJobs(result.deck);
  return runJob(job, python);
}

describe('the snippet checker', () => {
  it('passes a snippet that prints its correct choice, and fails it once the stated output is changed', async () => {
    expect((await verdictOf(predictDeck('print(2 + 2)', '`4`'))).ok).toBe(true);
    const wrong = await verdictOf(predictDeck('print(2 + 2)', '`5`'));
    expect(wrong.ok).toBe(false);
    expect(wrong.detail).toContain('expected one line "5"');
  });

  it('fails a snippet that prints more than one line', async () => {
    expect((await verdictOf(predictDeck('print(4)\nprint(4)', '`4`'))).ok).toBe(false);
  });

  it('checks "It raises `X`" against the exit status and the last standard-error line', async () => {
    expect((await verdictOf(predictDeck('int("x")', 'It raises `ValueError`'))).ok).toBe(true);
    expect((await verdictOf(predictDeck('int("x")', 'It raises `TypeError`'))).ok).toBe(false);
    expect((await verdictOf(predictDeck('print("fine")', 'It raises `ValueError`'))).ok).toBe(false);
  });

  it('passes a racy snippet only when some run prints other than the race-free value', async () => {
    const varies = await verdictOf(predictDeck('import os\nprint(os.getpid())', 'Anything but `1`', 'racy'));
    expect(varies.ok).toBe(true);
    const steady = await verdictOf(predictDeck('print(1)', 'Anything but `1`', 'racy'));
    expect(steady.ok).toBe(false);
    expect(steady.detail).toMatch(/no race in \d+ runs/);
  }, 120_000);

  it('only compiles a compile-mode snippet, and fails one that does not compile', async () => {
    expect((await verdictOf(predictDeck('import threading\nthreading.Event().wait()', '`hangs`', 'compile'))).ok).toBe(true);
    expect((await verdictOf(predictDeck('def broken(:\n    pass', '`x`', 'compile'))).ok).toBe(false);
  });

  it('reads version claims from a card or a comment', () => {
    expect(parseRange('3.10+')).toEqual({ from: 10, to: null });
    expect(parseRange('3.9-3.12')).toEqual({ from: 9, to: 12 });
    expect(claimedRange('import asyncio  # 3.11+: TaskGroup')).toEqual({ from: 11, to: null });
    expect(claimedRange('x = 1  # any Python 3')).toEqual({ from: 0, to: null });
    expect(claimedRange('x = 1  # no claim here')).toBeNull();
    expect(raceFreeValue('Usually less than `400`, varying')).toBe('400');
    expect(COMPILE_ONLY.test('import numpy  # any Python 3; compile-only: needs numpy')).toBe(true);
    expect(COMPILE_ONLY.test('print("compile-only")')).toBe(false);
  });
});
