// Lighthouse on Today, five first visits in a row (LIGHTHOUSE_RUNS to change): the median score of each category
// and the median of the metrics behind performance, each against issue 13's target of 100. One run's performance
// score moves with the machine's load, so the median is the figure. `npm run bench -- lighthouse` (or, after a
// build, `node tests/bench/lighthouse.bench.mjs`); writes test-results/bench/lighthouse.json through bench.mjs.
import { resolve } from 'node:path';
import { serveStatic } from '../e2e/static-server.mjs';
import { CATEGORIES, runLighthouse, summary } from '../perf/lighthouse-run.mjs';
import { percentile, writeBench } from './bench.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const server = await serveStatic({ root: resolve(import.meta.dirname, '../../dist') });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await runLighthouse(`http://127.0.0.1:${server.address().port}/`);
    const run = summary(lhr);
    runs.push(run);
    console.log(
      `lighthouse run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ')}; FCP ${run.fcp} ms, LCP ${run.lcp} ms, TBT ${run.tbt} ms`,
    );
  }
} finally {
  server.close();
}

const median = (values) => percentile(values, 50);
const figures = CATEGORIES.map((c) => {
  const scores = runs.map((r) => r.scores[c]);
  const value = median(scores);
  return {
    name: `${c} score, median of ${RUNS} (lowest ${Math.min(...scores)})`,
    value,
    unit: '/ 100',
    target: '= 100',
    ok: value === 100,
  };
});
// Lighthouse 12's mobile thresholds for a full metric score: FCP ≤ 1.8 s, LCP ≤ 2.5 s, TBT ≤ 200 ms (its "good").
figures.push(
  { name: 'First Contentful Paint, median', value: median(runs.map((r) => r.fcp)), unit: 'ms', target: '≤ 1800' },
  { name: 'Largest Contentful Paint, median', value: median(runs.map((r) => r.lcp)), unit: 'ms', target: '≤ 2500' },
  { name: 'Total Blocking Time, median', value: median(runs.map((r) => r.tbt)), unit: 'ms', target: '≤ 200' },
);
for (const f of figures.slice(CATEGORIES.length)) f.ok = f.value <= Number(f.target.replace(/\D/g, ''));
writeBench('lighthouse', {
  title: 'Lighthouse on Today (mobile, simulated slow 4G, first visit)',
  figures,
  notes: [
    'Each run is a fresh Chromium profile: no HTTP cache, no service worker.',
    'The static server gzips text, as any real host should.',
  ],
});
