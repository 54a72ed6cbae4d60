// @vitest-environment happy-dom
// The review's action bar, the grade buttons and the outline checklist as a user meets them.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewBar, type ReviewBarProps } from '../../../../src/screens/review/review-bar';
import { GradeButtons } from '../../../../src/ui/grade-buttons';
import { OutlineChecklist } from '../../../../src/ui/outline-checklist';

afterEach(cleanup);

const bar = (over: Partial<ReviewBarProps> = {}) => {
  const props: ReviewBarProps = {
    revealed: false,
    ticked: 0,
    points: 5,
    suggested: 0,
    canUndo: false,
    onReveal: vi.fn(),
    onGrade: vi.fn(),
    onUndo: vi.fn(),
    ...over,
  };
  render(<ReviewBar {...props} />);
  return props;
};

describe('GradeButtons', () => {
  it('six grades from 5 to 0 in words; only the suggested one is marked, for eyes and for screen readers', () => {
    const onGrade = vi.fn();
    render(<GradeButtons suggested={3} onGrade={onGrade} />);
    const buttons = screen.getByRole('group', { name: 'Grade your answer' }).querySelectorAll('button');
    expect([...buttons].map((b) => b.dataset.grade)).toEqual(['5', '4', '3', '2', '1', '0']);
    const marked = [...buttons].filter((b) => b.classList.contains('primary'));
    expect(marked.map((b) => b.dataset.grade)).toEqual(['3']);
    expect(screen.getByRole('button', { name: /suggested/ }).dataset.grade).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: /^0 · / }));
    expect(onGrade).toHaveBeenCalledExactlyOnceWith(0);
  });
});

describe('OutlineChecklist', () => {
  it('one labelled checkbox per point, ticked as given; a tap toggles that point only', () => {
    const onToggle = vi.fn();
    render(
      <OutlineChecklist points={['GIL is a mutex', 'threads for I/O', 'processes for CPU']} ticked={new Set([1])} onToggle={onToggle} />,
    );
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([false, true, false]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'processes for CPU' }));
    expect(onToggle).toHaveBeenCalledExactlyOnceWith(2);
  });
});

describe('ReviewBar', () => {
  it('before the reveal: Show answer and Undo, no grades; Undo is disabled until there is a grade to take back', () => {
    const props = bar();
    expect(screen.queryByRole('group', { name: 'Grade your answer' })).toBeNull();
    expect((screen.getByRole('button', { name: /Undo/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Show answer/ }));
    expect(props.onReveal).toHaveBeenCalledOnce();
  });

  it('after the reveal: what the ticks suggest, the grades, and Undo when allowed', () => {
    const props = bar({ revealed: true, ticked: 4, points: 5, suggested: 4, canUndo: true });
    expect(screen.getByRole('status').textContent).toBe('4 of 5 covered: suggests 4 · Good');
    expect(screen.queryByRole('button', { name: /Show answer/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^5 · / }));
    expect(props.onGrade).toHaveBeenCalledExactlyOnceWith(5);
    fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
    expect(props.onUndo).toHaveBeenCalledOnce();
  });
});
