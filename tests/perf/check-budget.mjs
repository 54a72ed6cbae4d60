// Build check: the JavaScript a first visit needs (entry, its static imports, the service-worker client)
// must stay ≤ 50 KB gzip. Screens loaded on navigation (Review, Browse, Settings) are not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const BUDGET_KB = 50;
const dist = resolve(import.meta.dirname, '../../dist');
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
// The entry script and every module it imports statically (Vite lists them as modulepreload), plus
// workbox-window: the service worker registration loads it on every first visit, right after `load`.
const workboxWindow = readdirSync(resolve(dist, 'assets'))
  .filter((f) => /^workbox-window.*\.js$/.test(f))
  .map((f) => `/assets/${f}`);
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)]
  .map((m) => m[1])
  .concat(workboxWindow);
if (scripts.length === 0) {
  console.error('check-budget: no script found in dist/index.html; run the build first');
  process.exit(1);
}
let total = 0;
for (const src of scripts) {
  const size = gzipSync(readFileSync(resolve(dist, `.${src}`))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(2).padStart(7)} KB  ${src}`);
}
const kb = total / 1024;
console.log(`${kb.toFixed(2).padStart(7)} KB  first-load JS, gzip (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`check-budget: first-load JS is ${kb.toFixed(2)} KB gzip, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
