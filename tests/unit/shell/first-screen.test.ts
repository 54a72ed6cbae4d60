// Background work waits for the first screen: the signal resolves when a screen says it has shown, or after
// the fallback when no screen ever says so, and not before either.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FirstScreen from '../../../src/shell/first-screen';

async function freshSignal(): Promise<typeof FirstScreen> {
  vi.resetModules();
  return import('../../../src/shell/first-screen');
}

const settled = async (promise: Promise<void>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('the first screen signal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits until a screen says it has shown', async () => {
    const { firstScreen, firstScreenShown } = await freshSignal();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled(firstScreen)).toBe(false);
    firstScreenShown();
    expect(await settled(firstScreen)).toBe(true);
    firstScreenShown(); // a second call is harmless
  });

  it('gives up waiting after two seconds when no screen says so', async () => {
    const { firstScreen } = await freshSignal();
    await vi.advanceTimersByTimeAsync(1999);
    expect(await settled(firstScreen)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(firstScreen)).toBe(true);
  });
});
