// `npm run lighthouse [-- /path]`: Lighthouse 12 (mobile) on the built app (Today unless a path is
// given); fails when a category scores < 0.95.
// Builds dist/ first if it is missing, serves it like any static host, and writes the full report to
// test-results/lighthouse.html. Not part of `npm test`: it takes ≈ 12 s and one run's performance score
// moves with the machine's load (99–100 here); `npm run bench -- lighthouse` gives the median of five.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveStatic } from '../e2e/static-server.mjs';
import { CATEGORIES, runLighthouse } from './lighthouse-run.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const REPORT = resolve(ROOT, 'test-results/lighthouse.html');
const REPORT_JSON = resolve(ROOT, 'test-results/lighthouse.json');
const MIN_SCORE = 0.95;

if (!existsSync(resolve(DIST, 'index.html'))) {
  console.log('lighthouse: no build in dist/, building it…');
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}

const server = await serveStatic({ root: DIST });
const path = process.argv[2] ?? '/';
const url = `http://127.0.0.1:${server.address().port}${path.startsWith('/') ? path : `/${path}`}`;
let failed = false;
try {
  const result = await runLighthouse(url);
  const { lhr } = result;
  await mkdir(resolve(REPORT, '..'), { recursive: true });
  await writeFile(REPORT, result.report);
  // The JSON too, for profiling (LCP element, critical request chain, main-thread work).
  await writeFile(REPORT_JSON, JSON.stringify(lhr));
  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${url}`);
  // The metrics behind the score: the machine is shared, so the score alone says little.
  const metric = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
  console.log(
    `metrics: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
  );
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const ok = category.score !== null && category.score >= MIN_SCORE;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${category.title.padEnd(16)} ${category.score === null ? 'n/a' : Math.round(category.score * 100)}`,
    );
    if (ok && category.score === 1) continue;
    // What cost points: each scored audit below 1 with its weight in the category.
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(`       - ${audit.id} (${audit.score}, weight ${ref.weight})${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
      }
    }
  }
  console.log(`report: ${REPORT}`);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  server.close();
}
if (failed) {
  console.error(`lighthouse: a category scored below ${MIN_SCORE * 100} (or the run failed)`);
  process.exit(1);
}
