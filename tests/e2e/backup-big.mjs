// A big backup file like a long-time user's (about 250 bytes a review, so 200,000 reviews ≈ 50 MB), and
// the in-page probes an import of it is measured with: the longest main-thread task and the time from
// choosing the file to the success message. Used by tests/e2e/backup-big.test.mjs and tests/bench/import.bench.mjs.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { reviewCoverage } from '../../src/srs/grading.ts';

const DAY = 86_400_000;
const DECKS = ['senior-python', 'go-backend', 'sql-internals', 'system-design', 'kubernetes-ops'];

/**
 * Writes a version-2 backup of `reviews` reviews over `cards` cards of five decks (20 reviews a card by
 * default), every row as the app writes it, dated over the last two years; returns its size in bytes.
 */
export async function writeBigBackup(path, reviews, cards = Math.ceil(reviews / 20), now = Date.now()) {
  const perCard = Math.ceil(reviews / cards);
  const rows = [];
  for (let i = 0; i < reviews; i++) {
    const c = i % cards;
    const n = Math.floor(i / cards);
    const deckId = DECKS[c % DECKS.length];
    const cardId = `q${c}`;
    // Each card's reviews spread over 700 days before today, oldest first, at a time of day that varies.
    const time = now - DAY * (700 - Math.floor((n * 700) / perCard)) + ((c * 7919) % (14 * 3_600_000));
    const pointCount = 5 + (c % 4);
    const grade = (c + n) % 6;
    const ticked = [...Array(Math.min(pointCount, (c + 2 * n) % (pointCount + 1))).keys()];
    const mode = n % 7 === 3 ? 'drill' : 'review';
    rows.push({
      id: randomUUID(),
      cardKey: `${deckId}/${cardId}`,
      deckId,
      cardId,
      time,
      day: Math.floor(time / DAY),
      grade,
      ticked,
      pointCount,
      coverage: reviewCoverage(ticked.length, pointCount, grade),
      durationMs: 20_000 + ((i * 37) % 90_000),
      mode,
    });
  }
  const text = JSON.stringify({ format: 'rehearse-backup', version: 2, exportedAt: new Date(now).toISOString(), reviews: rows, mocks: [] });
  await writeFile(path, text);
  return Buffer.byteLength(text);
}

/** Starts recording main-thread long tasks (PerformanceObserver 'longtask', ≥ 50 ms) and the moment a file is chosen. */
export function armImportProbes(page) {
  return page.evaluate(() => {
    const probe = { tasks: [], chosenAt: null };
    window.__importProbe = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    document.addEventListener('change', () => (probe.chosenAt ??= performance.now()), { capture: true });
  });
}

/**
 * Waits for the status to say `done` (a RegExp) and returns { ms: choosing the file → that message, in the page,
 * longestTask, tasks (every long task's duration), progress (the distinct status texts seen on the way, each
 * with `at`, ms after the file was chosen) }.
 */
export function awaitImport(page, done, timeout = 120_000) {
  return page.evaluate(
    ({ source, timeout }) =>
      new Promise((resolve, reject) => {
        const pattern = new RegExp(source);
        const probe = window.__importProbe;
        const seen = [];
        const look = () => {
          // The backup panel's own status line: the one-time "Ready to work offline" toast is a status too.
          const text = (document.querySelector('#backup ~ p[role]')?.textContent ?? '').trim();
          if (text && seen.at(-1)?.text !== text) seen.push({ text, at: Math.round(performance.now() - probe.chosenAt) });
          if (!pattern.test(text)) return false;
          observer.disconnect();
          const ms = performance.now() - probe.chosenAt;
          // Let a long task that ended with the message be reported before reading the list.
          setTimeout(
            () => resolve({ ms: Math.round(ms), longestTask: Math.max(0, ...probe.tasks), tasks: probe.tasks, progress: seen }),
            100,
          );
          return true;
        };
        const observer = new MutationObserver(look);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        if (!look())
          setTimeout(
            () => (
              observer.disconnect(),
              reject(new Error(`no "${source}" after ${timeout} ms; saw: ${seen.map((s) => s.text).join(' | ')}`))
            ),
            timeout,
          );
      }),
    { source: done.source, timeout },
  );
}
