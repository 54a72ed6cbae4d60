// Build check: the first screen waits for no deck text. index.html may preload the built-in decks' heads (titles,
// groups, card ids: what Today draws) but no full deck, and every full deck is still in the build and in the
// service worker's precache, so the screens that show card text work offline after the first visit.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('check-first-paint-data: no dist/index.html; run the build first');
  process.exit(1);
}
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const problems = [];

// Keys only a full deck has: a card's text (prompt, outline and the rest) and the deck's description.
const TEXT_KEYS = new Set([
  'description',
  'prompt',
  'outline',
  'followUps',
  'redFlags',
  'seniorSignal',
  'examples',
  'sources',
  'guidance',
  'tips',
  'answer',
  'why',
  'code',
  'choices',
]);

/** The text-bearing keys anywhere in `value`, with their paths. */
function textKeys(value, path = '$') {
  if (Array.isArray(value)) return value.flatMap((v, i) => textKeys(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (TEXT_KEYS.has(k) ? [`${path}.${k}`] : textKeys(v, `${path}.${k}`)));
}

const preloaded = [...html.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1]).filter(Boolean);
const fullDecks = readdirSync(resolve(dist, 'assets')).filter((f) => /^deck-.+\.json$/.test(f));
let heads = 0;
for (const href of preloaded.filter((h) => h.endsWith('.json'))) {
  const file = resolve(dist, `.${href}`);
  if (!existsSync(file)) {
    problems.push(`index.html preloads ${href}, which the build does not have`);
    continue;
  }
  if (fullDecks.some((f) => href === `/assets/${f}`)) problems.push(`index.html preloads the full deck ${href}`);
  const found = textKeys(JSON.parse(readFileSync(file, 'utf8')));
  if (found.length)
    problems.push(`index.html preloads ${href}, which holds deck text (${found.slice(0, 3).join(', ')}${found.length > 3 ? ', …' : ''})`);
  else heads++;
}
if (heads === 0) problems.push('index.html preloads no deck heads: Today would wait for a request it starts late');

// Offline after the first visit: every full deck is precached.
const sw = readFileSync(resolve(dist, 'sw.js'), 'utf8');
if (fullDecks.length === 0) problems.push('the build has no full deck (assets/deck-*.json)');
for (const f of fullDecks) if (!sw.includes(`assets/${f}`)) problems.push(`the service worker does not precache assets/${f}`);

if (problems.length) {
  for (const p of problems) console.error(`check-first-paint-data: ${p}`);
  process.exit(1);
}
console.log(`first paint: preloads ${preloaded.join(', ')}; no full deck; ${fullDecks.length} full decks precached`);
