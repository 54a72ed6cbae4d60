// A whole mock interview by touch at 390×844 with a fake microphone: record, reload mid-answer and resume,
// self-review with playback, scorecard, history; every card's SM-2 state is byte-identical before and after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARGS, SHOTS, eventually, readStore, reviewOneCard, useApp } from './harness.mjs';
import { FAKE_MIC, mocks, sm2Changes, sm2Snapshot, startMock } from './mock-helpers.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp({ args: [...ARGS, ...FAKE_MIC] }, async () => mkdir(SHOTS, { recursive: true }));

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Axe in light and dark, a screenshot of each. */
async function check(page, name, failures) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `mock-${name}-${scheme}.png`) });
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${name} (${scheme}): ${violations.join('; ')}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a recorded mock by touch, resumed after a reload, reviewed and scored', async () => {
  const { page } = app.browser;
  const failures = [];
  await page.goto(`${app.server.url}/review`);
  for (const grade of [5, 3, 4]) await reviewOneCard(page, grade, 3);
  const before = await sm2Snapshot(page);
  const reviewsBefore = (await readStore(page, 'reviews')).length;

  await page.goto(app.server.url);
  await page.getByRole('link', { name: 'Mock interview · 6–8 questions · about 20 min' }).tap();
  await check(page, 'setup', failures);
  await startMock(page, { count: 6, record: true });
  await check(page, 'question', failures);

  for (let q = 1; q <= 6; q++) {
    for (const part of ['main', 'followUp']) {
      await page.locator('.progress').getByText(`Question ${q} of 6`).waitFor();
      if (part === 'followUp') await page.getByText('The interviewer pushes further:').waitFor();
      await page.getByRole('button', { name: /Start answer/ }).tap();
      await page.getByText('Recording', { exact: true }).waitFor();
      await pause(700);
      if (q === 2 && part === 'main') {
        if (failures.length === 0) await check(page, 'answering', failures);
        // The tab dies mid-answer: the mock comes back at the same question, ready to answer again.
        await page.reload();
        await page.getByText('Welcome back: your mock resumes here.').waitFor();
        await page.locator('.progress').getByText('Question 2 of 6').waitFor();
        assert.equal(await page.getByText('The interviewer asks:').count(), 1, 'still the main question');
        await page.getByRole('button', { name: /Start answer/ }).tap();
        await page.getByText('Recording', { exact: true }).waitFor();
        await pause(700);
      }
      await page.getByRole('button', { name: /^Done/ }).tap();
    }
  }

  await page.getByText('Self-review · question 1 of 6').waitFor();
  await eventually(async () => (await readStore(page, 'recordings')).length === 12, '12 recordings saved');
  const recordings = await readStore(page, 'recordings');
  assert.ok(
    recordings.every((r) => r.mime.startsWith('audio/webm') && r.bytes > 0),
    'WebM/Opus audio stored with its type',
  );
  const duration = await page
    .locator('audio')
    .first()
    .evaluate(
      (audio) =>
        new Promise((done) => {
          const end = Date.now() + 10_000;
          const look = () =>
            (Number.isFinite(audio.duration) && audio.duration > 0) || Date.now() > end ? done(audio.duration) : setTimeout(look, 100);
          look();
        }),
    );
  assert.ok(duration > 0.3, `playback has a real duration (${duration} s)`);
  await check(page, 'self-review', failures);

  for (let q = 1; q <= 6; q++) {
    await page.getByText(`Self-review · question ${q} of 6`).waitFor();
    const points = page.getByRole('list', { name: /Key points/ }).getByRole('checkbox');
    for (let i = 0; i < (q % 3) + 2; i++) await points.nth(i).tap();
    if (q === 1)
      await page
        .getByRole('list', { name: /Red flags/ })
        .getByRole('checkbox')
        .first()
        .tap();
    await page.locator('button[data-suggested="true"]').tap();
  }
  await page.getByRole('heading', { name: 'Scorecard' }).waitFor();
  await page.getByRole('checkbox').first().tap();
  await check(page, 'scorecard', failures);

  const [mock] = await mocks(page);
  assert.equal(mock.progress.phase, 'done');
  assert.ok(
    mock.progress.answers.every((a) => a.main > 0 && a.followUp > 0),
    'every answer and follow-up timed',
  );
  await eventually(async () => (await mocks(page))[0].progress.tips.length === 1, 'the ticked tip is saved');
  const reviews = await readStore(page, 'reviews');
  const interview = reviews.filter((r) => r.mode === 'interview');
  assert.equal(reviews.length, reviewsBefore + 6);
  assert.ok(interview.length === 6 && interview.every((r) => r.mockId === mock.id), 'logged as interview grades of this mock');
  assert.equal(interview.find((r) => r.cardId === mock.questions[0].cardId).grade <= 3, true, 'a red flag caps the suggestion');
  const after = await sm2Snapshot(page);
  assert.equal(before.size, 3);
  assert.deepEqual(sm2Changes(before, after), [], 'SM-2 state byte-identical for every card');

  await page.getByRole('link', { name: 'Mock interviews' }).tap();
  await page.getByRole('heading', { name: 'Past mocks' }).waitFor();
  assert.match(await page.getByTestId('recording-space').textContent(), /\d+ KB on this device \(12 answers\)/);
  await check(page, 'history', failures);
  await page.locator('.mock-past').first().tap();
  await page.getByRole('heading', { name: 'Scorecard' }).waitFor();
  // The recordings are read after the scorecard paints: wait for them rather than race the read.
  await eventually(async () => (await page.locator('audio').count()) === 12, 'a past mock reopens with its recordings');
  await page.getByRole('button', { name: "Delete this mock's recordings" }).tap();
  await eventually(async () => (await readStore(page, 'recordings')).length === 0, 'recordings deleted');
  assert.deepEqual(failures, []);
});
