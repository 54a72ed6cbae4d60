// Private and safe: every request of a whole session (page and service worker) stays on the app's
// origin; the CSP allows no inline script, no eval and only the page's own inline style, and nothing breaks it; deck text is never HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { eventually, openBrowser, reviewOneCard, startReview, useApp, waitForServiceWorker } from './harness.mjs';

const XSS = '<img src=x onerror=alert(1)>';

const requests = [];
const violations = [];
const consoleErrors = [];
const app = useApp({}, async () => {
  const { context, page } = app.browser;
  context.on('request', (request) => requests.push({ url: request.url(), fromWorker: Boolean(request.serviceWorker()) }));
  // Report CSP violations from every document to the test (state in the page is lost on each load).
  await context.exposeBinding('__cspViolation', (_source, report) => violations.push(report));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

test('a whole session (Today, three reviews, Browse, Settings) sends nothing off the origin', { timeout: 30_000 }, async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await waitForServiceWorker(page);
  await startReview(page).click();
  for (const n of [1, 2, 3]) {
    await page.getByText(`Card ${n} of 16`).waitFor();
    await reviewOneCard(page, 4, 1);
  }
  await page.getByText('Card 4 of 16').waitFor();
  // The phone's bottom bar steps aside while a card is shown: leave the review the way a user would.
  await page.getByRole('link', { name: 'End session' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse' }).click();
  await page.locator('a.browse-card').first().click();
  await page.getByRole('heading', { name: 'Key points' }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Check for updates' }).click();
  await page.getByText('You have the latest version.').waitFor();

  const origin = new URL(app.server.url).origin;
  assert.ok(
    requests.some((r) => r.fromWorker),
    'requests made by the service worker (its precache) were recorded too',
  );
  assert.ok(
    requests.some((r) => /\/assets\/deck-senior-python-\w+\.json$/.test(r.url)),
    'the deck request was recorded',
  );
  const offOrigin = requests.filter((r) => new URL(r.url).origin !== origin);
  assert.deepEqual(offOrigin, [], 'no request left the origin');
  assert.deepEqual(violations, [], 'no CSP violation');
  assert.deepEqual(consoleErrors, [], 'no console error');
});

test('the Content-Security-Policy allows no inline script, no eval, and nothing off the origin', { timeout: 30_000 }, async () => {
  const { page } = app.browser;
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  const scripts = directives['script-src'] ?? directives['default-src'];
  assert.ok(scripts, 'a script-src or default-src');
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'"]) {
    assert.ok(!scripts.includes(unsafe), `script-src has no ${unsafe}`);
  }
  for (const [name, values] of Object.entries(directives)) {
    // blob: URLs are made in the page itself (recorded answers play back from them); only media-src has it.
    // style-src also names the page's own inline stylesheet by its hash (issue 13: the first paint waits on no request).
    const allowed =
      name === 'media-src'
        ? /^('self'|blob:)$/
        : name === 'style-src'
          ? /^('self'|'sha256-[A-Za-z0-9+/]{43}=')$/
          : /^('self'|'none'|data:)$/;
    for (const value of values) assert.match(value, allowed, `${name} allows only the origin (found ${value})`);
  }
  assert.deepEqual(directives['object-src'], ["'none'"]);
  // The hash is exactly that of the page's one inline <style>, computed here from the page as served.
  const html = await (await fetch(app.server.url)).text();
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(inline.length, 1, 'one inline stylesheet');
  assert.deepEqual(directives['style-src'], ["'self'", `'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`]);
  assert.ok(await page.evaluate(() => getComputedStyle(document.body).fontFamily.includes('system-ui')), 'the inline stylesheet applies');

  // Another inline <style> is not allowed: an injected one does not apply, and the violation is reported.
  const styled = await page.evaluate(async () => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid red; }';
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 100));
    return getComputedStyle(document.body).outlineWidth === '7px';
  });
  assert.equal(styled, false, 'an injected inline style is blocked');
  await eventually(() => violations.some((v) => v.startsWith('style-src')), 'the blocked inline style is reported');

  // And the browser enforces it: an injected inline script does not run, and the violation is reported.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return window.__inlineRan === true;
  });
  assert.equal(ran, false, 'inline script is blocked');
  await eventually(() => violations.some((v) => v.startsWith('script-src')), 'the blocked inline script is reported');
});

test('deck text with HTML in it is shown as text, never run', { timeout: 30_000 }, async () => {
  // A profile without the service worker, so page.route sees the deck request.
  const tampered = await openBrowser({ serviceWorkers: 'block' });
  try {
    const { page } = tampered;
    const dialogs = [];
    const imageRequests = [];
    page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
    page.on('request', (request) => request.url().endsWith('/x') && imageRequests.push(request.url()));
    await page.route(/\/assets\/deck-senior-python-\w+\.json$/, async (route) => {
      const deck = await (await route.fetch()).json();
      const gil = deck.cards.find((c) => c.id === 'gil');
      gil.prompt = `${gil.prompt} ${XSS}`;
      gil.outline[0] = `${gil.outline[0]} ${XSS}`;
      await route.fulfill({ json: deck });
    });
    await page.goto(`${app.server.url}/review`);
    await page.getByText('Card 1 of 16').waitFor();
    assert.ok((await page.locator('#prompt').innerText()).includes(XSS), 'the question shows the characters');
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('checkbox').first().waitFor();
    const shown = (await page.locator('main').innerText()).split(XSS).length - 1;
    assert.equal(shown, 2, 'the question and the key point both show the characters');
    assert.equal(await page.locator('main img').count(), 0, 'no <img> element in the card');

    await page.goto(`${app.server.url}/browse/gil`);
    await page.getByRole('heading', { name: /Key points/ }).waitFor();
    assert.ok((await page.locator('h1').innerText()).includes(XSS), 'the card page shows the characters');
    assert.equal(await page.locator('main img').count(), 0);
    assert.deepEqual(dialogs, [], 'no alert');
    assert.deepEqual(imageRequests, [], 'no image was requested');
  } finally {
    await tampered.close();
  }
});
