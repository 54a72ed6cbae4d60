// Shared set-up for an engine's suite: the built app on the static server with a report-only copy of its CSP (so
// the engine reports every violation, even while the page loads, to the server), and one browser for the file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, SHOTS, startServer } from '../e2e/harness.mjs';

/** The page's Content-Security-Policy, as the built index.html declares it. */
export function pagePolicy() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  if (!policy) throw new Error('dist/index.html declares no Content-Security-Policy');
  return policy;
}

/**
 * Registers the hooks of an engine's test file: the server (the static one, or `serve()`'s: { url, stop }) and
 * `open()`'s driver before all tests, closed after.
 * Returns the suite's context: `server`, `url`, `driver` (set once the hooks ran) and `clean()`, which asserts that
 * no page error and no CSP violation happened since the last call.
 */
export function engineSuite(open, { serve = null } = {}) {
  const suite = {
    server: null,
    url: '',
    driver: null,
    cspReports: [],
    shot: (name) => join(SHOTS, `${suite.driver.name.toLowerCase()}-${name}.png`),
  };
  before(async () => {
    await mkdir(SHOTS, { recursive: true });
    suite.server = serve
      ? await serve()
      : await startServer(DIST, {
          headers: { 'Content-Security-Policy-Report-Only': `${pagePolicy()}; report-uri /__csp-report` },
          cspReports: suite.cspReports,
        });
    suite.url = suite.server.url;
    suite.driver = await open();
  });
  after(async () => {
    await suite.driver?.close();
    await suite.server?.stop();
  });
  /**
   * Runs `fn(driver)` as one test; on failure saves a screenshot and adds what the screen said to the error. With
   * `todo` (the known bug, in words), it runs and reports but does not fail the suite.
   */
  suite.step = (name, fn, { todo } = {}) =>
    test(name, { timeout: 180_000, todo }, async () => {
      try {
        await fn(suite.driver);
      } catch (error) {
        const slug = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
        await suite.driver.screenshot(suite.shot(`failed-${slug}`)).catch(() => undefined);
        const text = await suite.driver
          .evaluate(() => `${location.href}\n${document.body.innerText.slice(0, 4000)}`)
          .catch((e) => e.message);
        const seen = await suite.driver.problems().catch(() => ({ errors: [], csp: [] }));
        error.message += `\n--- page errors: ${JSON.stringify(seen.errors)}; CSP: ${JSON.stringify(seen.csp)}\n--- the screen (${suite.driver.name}) ---\n${text}`;
        throw error;
      }
      await suite.clean();
    });
  suite.clean = async () => {
    const { errors, csp } = await suite.driver.problems();
    assert.deepEqual(
      { errors, csp, reported: suite.cspReports.splice(0) },
      { errors: [], csp: [], reported: [] },
      `${suite.driver.name}: no page errors, no CSP violations`,
    );
  };
  return suite;
}
