// Shared set-up for the browser tests: the built app on a local server, Debian's Chromium, phone size.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic } from './static-server.mjs';
import { CHROMIUM } from './ensure-chromium.mjs';

/** The production build the browser tests run against. */
export const DIST = resolve(import.meta.dirname, '../../dist');

/** Where screenshots from the test run are saved. */
export const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

// Flags that work as root with no network (STACK.md trap 2).
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone-sized viewport (iPhone 12–15 class). */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/**
 * Starts the static server over `root` (default: dist); returns its URL, its `state` (set `state.root`
 * to serve another build), `setReachable(false)` to drop every connection as if the network were gone,
 * and a stop function. `extra` goes into the server's state (`headers`, `cspReports`: see static-server.mjs).
 */
export async function startServer(root = DIST, extra = {}) {
  const state = { root, ...extra };
  const server = await serveStatic(state);
  const sockets = new Set();
  let reachable = true;
  server.on('connection', (socket) => {
    if (!reachable) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const setReachable = (value) => {
    reachable = value;
    if (!value) for (const socket of sockets) socket.destroy();
  };
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, state, setReachable, stop: () => new Promise((r) => server.close(r)) };
}

/**
 * Opens a persistent Chromium context (a real profile: service workers, IndexedDB, installability;
 * a normal Playwright context reports `in-incognito`, STACK.md trap 3).
 */
export async function openBrowser(options = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'rehearse-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    ...PHONE,
    ...options,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker controls the page (first load is uncontrolled in prompt mode, trap 4). */
export async function waitForServiceWorker(page) {
  // Bounded: a worker whose precache fails to install never gets ready, and the test would hang.
  const ready = await page.evaluate(() =>
    Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 15_000))]),
  );
  if (!ready) throw new Error('the service worker did not become ready within 15 s (did its precache fail to install?)');
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The main built-in deck's title: Today shows every deck (this one first) and names each deck's links after it. */
export const MAIN_DECK = 'Senior Python Engineer Interview Questions';

/** Today's "Start review (N cards)" link of the main built-in deck; with `count`, exactly that many cards. */
export function startReview(page, count) {
  const n = count === undefined ? '\\d+ cards?' : `${count} ${count === 1 ? 'card' : 'cards'}`;
  return page.getByRole('link', { name: new RegExp(`^Start review \\(${n}\\)\\s*: ${MAIN_DECK}$`) });
}

/** Goes through one card on the review screen: Show answer, tick `ticks` points, press grade `grade`. */
export async function reviewOneCard(page, grade, ticks = 0) {
  await page.getByRole('button', { name: /Show answer/ }).click();
  const boxes = page.getByRole('checkbox');
  for (let i = 0; i < ticks; i++) await boxes.nth(i).check();
  await page.locator(`button[data-grade="${grade}"]`).click();
  // The next card shows at once; wait until the grade is committed to IndexedDB too.
  await page.waitForSelector('.status-line[data-saving="0"]', { state: 'attached' });
}

/** Builds the app (Vite only, no type-check) into `outDir` with extra environment variables; ≈ 3 s. */
export async function buildApp(outDir, env = {}) {
  const { execFile } = await import('node:child_process');
  const root = resolve(import.meta.dirname, '../..');
  const vite = join(root, 'node_modules/.bin/vite');
  await new Promise((done, fail) =>
    execFile(
      vite,
      ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: root, env: { ...process.env, ...env } },
      (error, _out, stderr) => (error ? fail(new Error(`vite build failed: ${stderr || error.message}`)) : done()),
    ),
  );
}

/** All rows of the app's IndexedDB object store `store` (none if it does not exist yet), read in the page. */
export function readStore(page, store) {
  return page.evaluate(
    (name) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return (db.close(), done([]));
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => (db.close(), done(request.result));
          request.onerror = () => (db.close(), fail(request.error));
        };
      }),
    store,
  );
}

/** How many rows the app's IndexedDB object store `store` holds. */
export async function countRows(page, store) {
  return (await readStore(page, store)).length;
}

/** Polls `check` (async, in Node) every 100 ms until it returns a truthy value; fails after `timeout` ms. */
export async function eventually(check, message, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Airplane mode on or off: the browser reports offline (navigator.onLine, page requests fail) and the
 * server drops every connection, since Chromium's offline emulation does not reach every request
 * (a service worker update check still reaches the network).
 */
export async function setOnline(context, server, online) {
  await context.setOffline(!online);
  server.setReachable(online);
}

/**
 * Registers the usual hooks of a browser test file: before all tests, start the server over dist and
 * open a browser with `options`, then run `setup(app)`; after them, close both. Returns `app`, whose
 * `server` and `browser` are set once the hooks have run.
 */
export function useApp(options = {}, setup = async () => {}) {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await startServer();
    app.browser = await openBrowser(options);
    await setup(app);
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}
