// Mock-interview figures: first-load JS, the mock route's own chunk (gzip), and the time from "Done" to the
// next question painted in real Chromium. Standalone: `node --import tsx tests/bench/mock.bench.mjs` after a build.
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { openBrowser, startServer } from '../e2e/harness.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');
const assets = readdirSync(resolve(dist, 'assets'));
const gzipKb = (file) => gzipSync(readFileSync(resolve(dist, 'assets', file))).length / 1024;

const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const firstLoad = [...html.matchAll(/<script[^>]+src="\/assets\/([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+)"/g)]
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
samples.sort((a, b) => a - b);
const result = {
  firstLoadJsGzipKb: Number(firstLoadKb.toFixed(2)),
  mockRouteGzipKb: Number(mockKb.toFixed(2)),
  mockRouteFiles: mockChunks,
  doneToNextQuestionMs: { samples: samples.length, median: Number(samples[Math.floor(samples.length / 2)].toFixed(1)), max: Number(samples[samples.length - 1].toFixed(1)) },
};
console.log(`first-load JS ${result.firstLoadJsGzipKb} KB gzip; mock route ${result.mockRouteGzipKb} KB gzip (${mockChunks.join(', ')})`);
console.log(`Done → next question painted: median ${result.doneToNextQuestionMs.median} ms, max ${result.doneToNextQuestionMs.max} ms over ${samples.length}`);
mkdirSync(resolve(root, 'test-results/bench'), { recursive: true });
writeFileSync(resolve(root, 'test-results/bench/mock.json'), `${JSON.stringify(result, null, 2)}\n`);
