// `npm run bench [-- NAME…]`: builds the app, runs every tests/bench/*.bench.mjs (or those whose name
// contains one of the arguments) one after another, then writes test-results/bench/report.md and prints it.
// Benchmarks run in sequence, never in parallel, so they do not measure each other.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { RESULTS } from './bench.mjs';

const here = import.meta.dirname;
const root = resolve(here, '../..');
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)))
  .sort();
if (files.length === 0) {
  console.error(`bench: no tests/bench/*.bench.mjs matches ${filters.join(', ') || '(any)'}`);
  process.exit(1);
}

// The browser benchmarks measure the production build: build it from the current tree first.
if (!process.env.BENCH_NO_BUILD) {
  const build = spawnSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// A busy machine slows every figure: the report says how busy it was.
const loadAtStart = loadavg()[0];
const runs = [];
for (const file of files) {
  const name = basename(file, '.bench.mjs');
  const json = resolve(RESULTS, `${name}.json`);
  rmSync(json, { force: true });
  console.log(`\n== bench ${name}`);
  const started = Date.now();
  // tsx lets a benchmark import the app's TypeScript (the real engine, not a copy).
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(here, file)], { cwd: root, stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  const result = existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : null;
  runs.push({ name, status: run.status, seconds, result });
}

const cell = (text) => String(text).replaceAll('|', '\\|');
const lines = [
  '# Benchmarks',
  '',
  `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} cores (${cell(cpus()[0]?.model ?? 'unknown')}) · ` +
    `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (above ${cpus().length}, other work competed for the cores)`,
  '',
];
for (const { name, status, seconds, result } of runs) {
  lines.push(`## ${result?.title ?? name} (\`${name}\`)`, '');
  if (status !== 0 || !result) {
    lines.push(`**Failed** (exit code ${status ?? 'signal'}${result ? '' : ', no result written'}) after ${seconds.toFixed(1)} s.`, '');
    if (!result) continue;
  }
  lines.push('| figure | value | target |', '| --- | ---: | --- |');
  for (const f of result.figures) {
    const target = f.target ? `${cell(f.target)}${f.ok === false ? ' **missed**' : f.ok ? ' ✓' : ''}` : '';
    lines.push(`| ${cell(f.name)} | ${f.value} ${f.unit} | ${target} |`);
  }
  lines.push('');
  for (const note of result.notes ?? []) lines.push(`- ${note}`);
  lines.push(`- took ${seconds.toFixed(1)} s`, '');
}
mkdirSync(RESULTS, { recursive: true });
const report = `${lines.join('\n').trimEnd()}\n`;
writeFileSync(resolve(RESULTS, 'report.md'), report);
console.log(`\n${report}`);
console.log(`bench: report in ${resolve(RESULTS, 'report.md')}`);
// A benchmark that crashed fails the command; a figure over its target is reported, not failed
// (targets are checked as generous ceilings in the test gate, where they cannot flake).
process.exit(runs.some((r) => r.status !== 0 || !r.result) ? 1 : 0);
