// Mock-interview figures: first-load JS, the mock route's own chunk (gzip), and the time from "Done" to the
// next question painted in real Chromium. `npm run bench -- mock` (or, after a build,
// `node --import tsx tests/bench/mock.bench.mjs`); writes test-results/bench/mock.json through bench.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { openBrowser, startServer } from '../e2e/harness.mjs';
import { spread, writeBench } from './bench.mjs';

/** First-load JS budget, gzip (DESIGN.md). */
const FIRST_LOAD_KB = 50;

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');
const assets = readdirSync(resolve(dist, 'assets'));
const gzipKb = (file) => gzipSync(readFileSync(resolve(dist, 'assets', file))).length / 1024;

const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const firstLoad = [
  ...html.matchAll(/<script[^>]+src="\/assets\/([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+)"/g),
]
  .map((m) => m[1])
  .concat(assets.filter((f) => /^workbox-window.*\.js$/.test(f)));
const firstLoadKb = firstLoad.reduce((s, f) => s + gzipKb(f), 0);
const mockChunks = assets.filter((f) => /^mock-route-.*\.(js|css)$/.test(f));
const mockKb = mockChunks.reduce((s, f) => s + gzipKb(f), 0);

/** Presses Start, then times Done → the next prompt painted (two animation frames after the DOM changes). */
async function doneToNextPaint(page) {
  await page.getByRole('button', { name: /Start answer/ }).click();
  await page.getByRole('button', { name: /^Done/ }).waitFor();
  return page.evaluate(
    () =>
      new Promise((done) => {
        const prompt = document.getElementById('prompt');
        const before = `${document.querySelector('.progress')?.textContent}|${prompt?.textContent}`;
        const main = document.getElementById('main');
        const observer = new MutationObserver(() => {
          const now = `${document.querySelector('.progress')?.textContent}|${document.getElementById('prompt')?.textContent}`;
          if (now === before) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
        });
        observer.observe(main.parentElement, { subtree: true, childList: true, characterData: true });
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Done'));
        const start = performance.now();
        button.click();
      }),
  );
}

const server = await startServer(dist);
const browser = await openBrowser();
const samples = [];
try {
  const { page } = browser;
  await page.goto(`${server.url}/mock`);
  await page.getByRole('radio', { name: '8', exact: true }).click();
  await page.getByRole('button', { name: 'Start mock interview' }).click();
  await page.locator('.progress').getByText('Question 1 of 8').waitFor();
  for (let i = 0; i < 15; i++) samples.push(await doneToNextPaint(page));
} finally {
  await browser.close();
  await server.stop();
}
const done = spread(samples);
const round2 = (v) => Number(v.toFixed(2));
writeBench('mock', {
  title: 'Mock interview: bundle sizes and Done → next question',
  figures: [
    {
      name: 'first-load JS (gzip)',
      value: round2(firstLoadKb),
      unit: 'KB',
      target: `≤ ${FIRST_LOAD_KB} KB`,
      ok: firstLoadKb <= FIRST_LOAD_KB,
    },
    { name: 'mock route chunk (gzip)', value: round2(mockKb), unit: 'KB' },
    { name: 'Done → next question painted p50', value: done.p50, unit: 'ms' },
    { name: 'Done → next question painted p95', value: done.p95, unit: 'ms' },
    { name: 'Done → next question painted max', value: done.max, unit: 'ms' },
  ],
  notes: [`${done.n} answers in an 8-question mock; mock route files: ${mockChunks.join(', ')}`],
});
