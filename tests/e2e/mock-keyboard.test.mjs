// A mock by keyboard (Space starts and ends each answer, keys 0–5 grade), and a mock with the microphone denied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARGS, openBrowser, readStore, startServer } from './harness.mjs';
import { mocks, startMock } from './mock-helpers.mjs';

test('keyboard only: Space answers every question and follow-up, keys grade the self-review', async () => {
  const server = await startServer();
  const browser = await openBrowser({ viewport: { width: 1024, height: 768 }, isMobile: false, hasTouch: false });
  try {
    const { page } = browser;
    await page.goto(`${server.url}/mock`);
    await startMock(page, { count: 6, tap: false });
    const timings = [];
    for (let q = 1; q <= 6; q++) {
      for (let part = 0; part < 2; part++) {
        await page.locator('.progress').getByText(`Question ${q} of 6`).waitFor();
        await page.keyboard.press('Space');
        await page.getByRole('button', { name: /^Done/ }).waitFor();
        await page.keyboard.press('Space');
        timings.push(q);
      }
    }
    assert.equal(timings.length, 12);
    for (let q = 1; q <= 6; q++) {
      await page.getByText(`Self-review · question ${q} of 6`).waitFor();
      await page.keyboard.press(String(q % 6));
    }
    await page.getByRole('heading', { name: 'Scorecard' }).waitFor();
    const [mock] = await mocks(page);
    assert.ok(
      mock.progress.answers.every((a) => a.main !== null && a.followUp !== null),
      'every answer and follow-up timed',
    );
    const grades = (await readStore(page, 'reviews'))
      .filter((r) => r.mockId === mock.id)
      .sort((a, b) => a.time - b.time)
      .map((r) => r.grade);
    assert.deepEqual(grades, [1, 2, 3, 4, 5, 0]);
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('microphone denied: a plain message, and the mock goes on unrecorded', async () => {
  const server = await startServer();
  // A fake device but no fake consent: the permission request is refused, as when a user says no.
  const browser = await openBrowser({ args: [...ARGS, '--use-fake-device-for-media-stream'] });
  try {
    const { page } = browser;
    await page.goto(`${server.url}/mock`);
    await startMock(page, { count: 6, record: true });
    await page.getByText(/Not recording: the microphone is blocked for this app\. The mock goes on without recording\./).waitFor();
    await page.getByRole('button', { name: /Start answer/ }).tap();
    await page.getByRole('button', { name: /^Done/ }).tap();
    await page.getByText('The interviewer pushes further:').waitFor();
    assert.equal(await page.getByText('Recording', { exact: true }).count(), 0);
    assert.equal((await readStore(page, 'recordings')).length, 0);
    const [mock] = await mocks(page);
    assert.ok(mock.progress.answers[0].main >= 0);
  } finally {
    await browser.close();
    await server.stop();
  }
});
