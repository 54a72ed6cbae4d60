// Runs one snippet on one CPython and says whether it did what its card states.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Python } from './pythons';
import type { SnippetJob } from './snippet-jobs';

/** Longest one run may take before it counts as hung (generous: the machine may be heavily loaded). */
export const RUN_TIMEOUT_MS = 60_000;

/** How many times a `Run: racy` snippet is run, at most, waiting for its race to show. */
export const RACY_RUNS = 10;

/** The outcome of one job on one interpreter. */
export interface Verdict {
  ok: boolean;
  /** What was wrong (or, for a racy pass, which run showed the race). */
  detail: string;
  runs: number;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs `python args` in `cwd`, killing the whole process group (multiprocessing children too) on timeout. */
function execute(python: Python, args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(python.path, args, {
      cwd,
      detached: true,
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, RUN_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** The correct choice with its backticks removed: what an `exact` snippet must print. */
export function expectedLine(choice: string): string {
  return choice.replace(/`/g, '');
}

/** "It raises `X`" → "X"; null for any other choice. */
export function raisedName(choice: string): string | null {
  return /^It raises `([^`]+)`/.exec(choice)?.[1] ?? null;
}

/** The value a `racy` snippet prints when the race does not happen: the first `code` span of the correct choice. */
export function raceFreeValue(choice: string): string | null {
  return /`([^`]+)`/.exec(choice)?.[1] ?? null;
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ').slice(0, 300);
}

/** Checks one run of an `exact` snippet against the correct choice. */
function checkExact(choice: string, out: Outcome): Verdict {
  const raised = raisedName(choice);
  if (raised !== null) {
    const last = lastLine(out.stderr);
    const ok = out.code !== 0 && !out.timedOut && last.startsWith(raised);
    return { ok, runs: 1, detail: ok ? '' : `expected it to raise ${raised}; exit ${out.code}, last stderr line: ${last || '(none)'}` };
  }
  const want = expectedLine(choice);
  const ok = out.code === 0 && out.stdout === `${want}\n`;
  const got = JSON.stringify(out.stdout);
  return {
    ok,
    runs: 1,
    detail: ok
      ? ''
      : `expected one line ${JSON.stringify(want)}; got ${got}, exit ${out.code}${out.timedOut ? ' (timed out)' : ''} ${tail(out.stderr)}`,
  };
}

/** Runs a job on one interpreter and judges it by its mode. */
export async function runJob(job: SnippetJob, python: Python): Promise<Verdict> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-snippet-'));
  try {
    const file = join(dir, 'snippet.py');
    writeFileSync(file, job.code);
    if (job.mode === 'compile') {
      const out = await execute(python, ['-m', 'py_compile', file], dir);
      return { ok: out.code === 0, runs: 1, detail: out.code === 0 ? '' : `does not compile: ${tail(out.stderr)}` };
    }
    if (job.mode === 'runs') {
      const out = await execute(python, [file], dir);
      const ok = out.code === 0 && !out.timedOut;
      return { ok, runs: 1, detail: ok ? '' : `exit ${out.code}${out.timedOut ? ' (timed out)' : ''}: ${tail(out.stderr)}` };
    }
    const choice = job.card.choices[job.card.correct] ?? '';
    if (job.mode === 'exact') return checkExact(choice, await execute(python, [file], dir));
    const raceFree = raceFreeValue(choice);
    if (raceFree === null) return { ok: false, runs: 0, detail: "a racy card's correct choice must name the race-free value in backticks" };
    for (let run = 1; run <= RACY_RUNS; run++) {
      const out = await execute(python, [file], dir);
      if (out.code !== 0 || out.timedOut)
        return { ok: false, runs: run, detail: `run ${run} failed: exit ${out.code} ${tail(out.stderr)}` };
      const line = out.stdout.replace(/\n$/, '');
      if (line.includes('\n'))
        return { ok: false, runs: run, detail: `run ${run} printed more than one line: ${JSON.stringify(out.stdout)}` };
      if (line !== raceFree) return { ok: true, runs: run, detail: `race shown in run ${run}: printed ${line}, not ${raceFree}` };
    }
    return { ok: false, runs: RACY_RUNS, detail: `no race in ${RACY_RUNS} runs: always printed ${raceFree}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `tasks` with at most `width` at a time, keeping their order in the result. */
export async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, lane));
  return results;
}
