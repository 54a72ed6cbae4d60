// A rebuild under a running server: the CSP header follows the new index.html, whose inline stylesheet (and so
// its hash) changed, instead of blocking the new styles with the old hash until a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServer } from './helpers.mjs';

const dist = mkdtempSync(join(tmpdir(), 'rehearse-dist-'));
cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), dist, { recursive: true });
const env = useServer({ distDir: dist });

test('the CSP header follows a rebuilt index.html', async (t) => {
  t.after(() => rmSync(dist, { recursive: true, force: true }));
  const index = join(dist, 'index.html');
  const policy = async () => (await fetch(env.server.base)).headers.get('content-security-policy');
  const before = await policy();
  assert.match(before, /style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='/);
  // A build whose styles changed: another hash in the page's policy.
  const other = `'sha256-${'A'.repeat(43)}='`;
  writeFileSync(index, readFileSync(index, 'utf8').replace(/'sha256-[A-Za-z0-9+/]{43}='/, other));
  const later = new Date(Date.now() + 5000);
  utimesSync(index, later, later);
  const after = await policy();
  assert.notEqual(after, before);
  assert.match(after, new RegExp(`style-src 'self' ${other.replace(/[+/]/g, '\\$&')}.*frame-ancestors 'none'`));
});
