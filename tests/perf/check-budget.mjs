// Build check: the JavaScript a first visit loads (entry script + modulepreloads) must stay ≤ 50 KB gzip.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const BUDGET_KB = 50;
const dist = resolve(import.meta.dirname, '../../dist');
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
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
