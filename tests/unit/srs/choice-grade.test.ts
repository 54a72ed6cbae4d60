import { describe, expect, it } from 'vitest';
import { choiceGrade, quickBudgetMs, SHORT_GRADES } from '../../../src/srs/choice-grade';

describe('choice grading', () => {
  it('grades a wrong choice 1, however quick', () => {
    expect(choiceGrade(false, 0, 10_000)).toBe(1);
    expect(choiceGrade(false, 60_000, 10_000)).toBe(1);
  });

  it('grades a right choice 5 up to the budget and 4 after it', () => {
    expect(choiceGrade(true, 0, 10_000)).toBe(5);
    expect(choiceGrade(true, 10_000, 10_000)).toBe(5);
    expect(choiceGrade(true, 10_001, 10_000)).toBe(4);
    expect(choiceGrade(true, 30 * 86_400_000, 10_000)).toBe(4);
  });

  it('gives 8 s plus 2 s per code line plus 50 ms per character of prompt and choices', () => {
    const bare = { prompt: '', code: null, choices: [] };
    expect(quickBudgetMs(bare)).toBe(8_000);
    expect(quickBudgetMs({ ...bare, prompt: 'x'.repeat(100) })).toBe(13_000);
    expect(quickBudgetMs({ ...bare, choices: ['ab', 'cde', 'f'] })).toBe(8_300);
    expect(quickBudgetMs({ ...bare, code: { language: 'python', code: 'a\nb\nc' } })).toBe(14_000);
    expect(
      quickBudgetMs({
        prompt: 'x'.repeat(40),
        code: { language: 'python', code: Array(12).fill('pass').join('\n') },
        choices: ['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20)],
      }),
    ).toBe(8_000 + 24_000 + 100 * 50);
  });

  it('a longer snippet earns a longer think before a right answer drops to 4', () => {
    const short = quickBudgetMs({
      prompt: 'What does this print?',
      code: { language: 'python', code: 'print(1)' },
      choices: ['1', '2', '3'],
    });
    const long = quickBudgetMs({
      prompt: 'What does this print?',
      code: { language: 'python', code: Array(15).fill('pass').join('\n') },
      choices: ['1', '2', '3'],
    });
    expect(choiceGrade(true, 20_000, short)).toBe(4);
    expect(choiceGrade(true, 20_000, long)).toBe(5);
  });

  it('offers Missed 1, Hard 3, Got it 4 and Easy 5 for a short answer', () => {
    expect(SHORT_GRADES.map((g) => `${g.grade} ${g.label}`)).toEqual(['1 Missed', '3 Hard', '4 Got it', '5 Easy']);
  });
});
