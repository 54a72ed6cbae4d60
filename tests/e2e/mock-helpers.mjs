// Helpers for the mock-interview browser tests.
import { readStore } from './harness.mjs';

/** Chromium flags for a fake microphone that records a tone with no permission prompt (STACK.md trap 12). */
export const FAKE_MIC = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

const NEW_CARD = { repetitions: 0, easeFactor: 2.5, interval: 0, due: null, lastCountedDay: null, introducedDay: null, againDay: null };

/** Every stored card's SM-2 state, exactly as stored, by card key. */
export async function sm2Snapshot(page) {
  const pick = ({ repetitions, easeFactor, interval, due, lastCountedDay, introducedDay, againDay }) =>
    JSON.stringify({ repetitions, easeFactor, interval, due, lastCountedDay, introducedDay, againDay });
  return new Map((await readStore(page, 'cards')).map((c) => [c.key, pick(c)]));
}

/** Card keys whose SM-2 state differs between two snapshots (a card with no row has the new-card state). */
export function sm2Changes(before, after) {
  const fresh = JSON.stringify(NEW_CARD);
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => (before.get(k) ?? fresh) !== (after.get(k) ?? fresh));
}

/** The stored mock rows, newest first. */
export async function mocks(page) {
  return (await readStore(page, 'mocks')).sort((a, b) => b.createdAt - a.createdAt);
}

/** Starts a mock from the set-up screen with `count` questions; recording as given. */
export async function startMock(page, { count = 6, record = false, tap = true } = {}) {
  const act = (locator) => (tap ? locator.tap() : locator.click());
  await page.getByRole('heading', { name: 'Mock interview' }).waitFor();
  await act(page.getByRole('radio', { name: String(count), exact: true }));
  if (record) await page.getByRole('checkbox', { name: /Record my answers/ }).check();
  await act(page.getByRole('button', { name: 'Start mock interview' }));
  await page.locator('.progress').getByText(`Question 1 of ${count}`).waitFor();
}
