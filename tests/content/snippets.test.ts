// Every runnable snippet of every built-in deck, run on each installed CPython its card claims (see data/decks/README.md).
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/parse';
import { formatIssues } from '../../src/deck/format-issues';
import type { Deck } from '../../src/deck/types';
import { findPythons, NEWEST_MINOR, type Python } from './pythons';
import { deckJobs, formatRange, inRange, type SnippetJob } from './snippet-jobs';
import { pool, runJob, type Verdict } from './run-snippet';

const deckDir = new URL('../../data/decks/', import.meta.url);

/** Every built-in deck: each Markdown file in data/decks except the README. */
function builtinDecks(): Deck[] {
  return readdirSync(deckDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((file) => {
      const result = parseDeck(readFileSync(new URL(file, deckDir), 'utf8'));
      if (!result.ok) throw new Error(formatIssues(file, result.issues));
      return result.deck;
    });
}

/** Runs at once: a small pool, since the machine is shared (DECK_SNIPPET_POOL overrides). */
const WIDTH = Number(process.env.DECK_SNIPPET_POOL ?? 3);

const pythons = findPythons();
const jobs = builtinDecks().flatMap(deckJobs);
const results = new Map<string, { python: Python; verdict: Verdict }[]>();

/** The installed interpreters a job claims. */
function pythonsFor(job: SnippetJob): Python[] {
  return job.range ? pythons.filter((p) => inRange(job.range!, p.minor)) : [];
}

/** Versions up to NEWEST_MINOR that a job claims but that are not installed here (standard builds). */
function docsOnly(job: SnippetJob): string[] {
  if (!job.range) return [];
  const installed = new Set(pythons.filter((p) => !p.freeThreaded).map((p) => p.minor));
  const low = Math.max(job.range.from, Math.min(...installed));
  const high = Math.min(job.range.to ?? NEWEST_MINOR, NEWEST_MINOR);
  const missing: string[] = [];
  for (let m = low; m <= high; m++) if (!installed.has(m)) missing.push(`3.${m}`);
  return missing;
}

/** Free-threaded builds a card tagged `free-threading` speaks of, when none is installed here. */
function freeThreadedDocsOnly(job: SnippetJob): string[] {
  if (!job.card.tags.includes('free-threading') || pythons.some((p) => p.freeThreaded)) return [];
  return ['3.13t', '3.14t'];
}

/** The report printed after the run: versions that ran, per-version counts, and what was checked from the docs only. */
function report(seconds: number, runs: number): string {
  const perVersion = pythons.map((p) => `${p.label}: ${jobs.filter((j) => pythonsFor(j).includes(p)).length}`);
  const docs = new Map<string, number>();
  for (const job of jobs) for (const v of [...docsOnly(job), ...freeThreadedDocsOnly(job)]) docs.set(v, (docs.get(v) ?? 0) + 1);
  const none = jobs.filter((j) => j.range && pythonsFor(j).length === 0).map((j) => `${j.name} (${formatRange(j.range!)})`);
  return [
    `Deck snippets: ${jobs.length} snippets, ${runs} runs in ${seconds.toFixed(0)} s (pool of ${WIDTH}) on ${pythons.map((p) => `${p.label} (${p.path})`).join(', ')}`,
    `Snippets run per version: ${perVersion.join(', ')}`,
    `Claimed but not installed here, checked from the docs only: ${[...docs].map(([v, n]) => `${v} (${n} snippets)`).join(', ') || 'none'}`,
    `Snippets with no installed version in their range (checked from the docs only): ${none.join(', ') || 'none'}`,
  ].join('\n');
}

beforeAll(async () => {
  const started = Date.now();
  const tasks = jobs
    .filter((j) => !j.problem)
    .flatMap((job) =>
      pythonsFor(job).map((python) => async () => {
        const verdict = await runJob(job, python);
        results.set(job.name, [...(results.get(job.name) ?? []), { python, verdict }]);
        return verdict.runs;
      }),
    );
  const runs = (await pool(tasks, WIDTH)).reduce((a, b) => a + b, 0);
  console.log(report((Date.now() - started) / 1000, runs));
}, 60 * 60_000);

describe('deck snippets on the installed CPythons', () => {
  it('finds a CPython 3 to run them on', () => {
    expect(pythons.length).toBeGreaterThan(0);
  });

  it.each(jobs.map((j) => [j.name, j] as const))('%s does what its card says', (_name, job) => {
    expect(job.problem, job.name).toBe('');
    for (const { python, verdict } of results.get(job.name) ?? []) {
      expect(verdict.ok, `${job.name} on ${python.label}: ${verdict.detail}`).toBe(true);
    }
    expect((results.get(job.name) ?? []).length).toBe(pythonsFor(job).length);
  });
});
