// Shared set-up for the browser tests: the built app on a local server, Debian's Chromium, phone size.
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
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A phone-sized viewport (iPhone 12–15 class). */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Starts the static server over `root` (default: dist); returns its URL and a stop function. */
export async function startServer(root = DIST) {
  const state = { root };
  const server = await serveStatic(state);
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, state, stop: () => new Promise((r) => server.close(r)) };
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
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Goes through one card on the review screen: Show answer, tick `ticks` points, press grade `grade`. */
export async function reviewOneCard(page, grade, ticks = 0) {
  await page.getByRole('button', { name: /Show answer/ }).click();
  const boxes = page.getByRole('checkbox');
  for (let i = 0; i < ticks; i++) await boxes.nth(i).check();
  await page.locator(`button[data-grade="${grade}"]`).click();
}
