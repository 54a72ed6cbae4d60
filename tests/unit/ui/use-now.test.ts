import { describe, expect, it } from 'vitest';
import { untilMidnight } from '../../../src/ui/use-now';

describe('untilMidnight', () => {
  it('waits until just past the next local midnight', () => {
    const lateEvening = new Date(2026, 10, 25, 23, 0, 0).getTime();
    expect(untilMidnight(lateEvening)).toBe(3_600_000 + 1_000);
    const justAfter = new Date(2026, 10, 26, 0, 0, 30).getTime();
    expect(untilMidnight(justAfter)).toBe(24 * 3_600_000 - 29_000);
  });
});
