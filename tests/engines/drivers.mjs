// One small interface over two engines, so the same flow scripts run in both: WebKit (WebKitGTK's MiniBrowser over
// W3C WebDriver, our client in webdriver.mjs) and Gecko (Firefox ESR over WebDriver BiDi, puppeteer-core).
// Each driver clicks and types with the engine's real input events, finds elements by CSS selector and text, and
// collects page errors and CSP violations (probe.mjs) across navigations.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { openWebKit } from './webdriver.mjs';
import { drainProbe, installProbe } from './probe.mjs';

/** Debian's Firefox ESR. */
export const FIREFOX = '/usr/bin/firefox-esr';

/**
 * Marks the first visible element matching `selector` (whose text contains `text`, when given) with a data
 * attribute and returns that attribute's selector, or null (a function run in the page).
 */
function mark(selector, text, tag) {
  const found = [...document.querySelectorAll(selector)].find(
    (el) =>
      el.getClientRects().length > 0 &&
      (text === null || (el.textContent ?? '').replace(/\s+/g, ' ').includes(text) || el.getAttribute('aria-label')?.includes(text)),
  );
  if (!found) return null;
  found.setAttribute('data-engine-target', tag);
  // WebDriver scrolls a target only to the screen's edge, where the fixed bottom bar may cover it; a user would
  // scroll it into the middle.
  found.scrollIntoView({ block: 'center', inline: 'nearest' });
  return `[data-engine-target="${tag}"]`;
}

/** The methods both drivers share, built over the engine-specific `raw` ones. */
function common(raw, name) {
  const seen = { errors: [], csp: [] };
  let marks = 0;
  const harvest = async () => {
    const got = await raw.evaluate(drainProbe).catch(() => ({ errors: [], csp: [] }));
    seen.errors.push(...got.errors);
    seen.csp.push(...got.csp);
  };
  const driver = {
    name,
    /** Runs `fn(...args)` in the page and returns its (JSON) result. */
    evaluate: raw.evaluate,
    /** Opens `url` (harvesting what the probe saw on the page before). */
    async goto(url) {
      await harvest();
      await raw.goto(url);
      await raw.evaluate(installProbe);
    },
    /** Reloads the page. */
    async reload() {
      await harvest();
      await raw.reload();
      await raw.evaluate(installProbe);
    },
    /**
     * Polls `fn(...args)` in the page until it returns a truthy value, which it returns; fails after `timeout` ms
     * (generous: on a loaded 2-core machine a screen waiting on IndexedDB has taken over 30 s in WebKit).
     */
    async waitFor(message, fn, args = [], timeout = 60_000) {
      const end = Date.now() + timeout;
      let last;
      for (;;) {
        try {
          last = await raw.evaluate(fn, ...args);
          if (last) return last;
        } catch (error) {
          last = error.message; // a navigation in between: try again
        }
        if (Date.now() > end) throw new Error(`${name}: timed out waiting for ${message} (last: ${JSON.stringify(last)})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** Waits until the page shows `text` inside an element matching `selector` (default: anywhere in the body). */
    waitForText(text, selector = 'body', timeout) {
      return driver.waitFor(
        `"${text}" in ${selector}`,
        (s, t) =>
          [...document.querySelectorAll(s)].some((el) => el.getClientRects().length > 0 && el.textContent.replace(/\s+/g, ' ').includes(t)),
        [selector, text],
        timeout,
      );
    },
    /** Clicks (a real pointer click) the first visible element matching `selector` and containing `text`. */
    async click(selector, text = null, timeout = undefined) {
      const tag = `t${++marks}`;
      const target = await driver.waitFor(`${selector} ${text ?? ''}`, mark, [selector, text, tag], timeout);
      await raw.click(target);
    },
    /** Presses one key: a character, or 'Space', 'Enter', 'Tab', 'Escape'. */
    press: (key) => raw.press(key),
    /** Types text into the first visible element matching `selector`. */
    async type(selector, text) {
      const tag = `t${++marks}`;
      await raw.type(await driver.waitFor(selector, mark, [selector, null, tag]), text);
    },
    /** Gives the file input matching `selector` the file at `path`. */
    async setFile(selector, path) {
      await driver.waitFor(selector, (s) => document.querySelector(s) !== null, [selector]);
      await raw.setFile(selector, path);
    },
    /** Saves a PNG of the viewport to `path`. */
    async screenshot(path) {
      await writeFile(path, await raw.screenshot());
    },
    /** Every page error and CSP violation seen so far (and forgets them). */
    async problems() {
      await harvest();
      const out = { errors: [...seen.errors], csp: [...seen.csp] };
      seen.errors.length = 0;
      seen.csp.length = 0;
      return out;
    },
    close: raw.close,
  };
  // ENGINE_TRACE=1 logs every driver call that takes over a second (to find where a suite spends its time).
  if (process.env.ENGINE_TRACE) {
    for (const [key, fn] of Object.entries(driver)) {
      if (typeof fn !== 'function') continue;
      driver[key] = async (...args) => {
        const t0 = Date.now();
        try {
          return await fn(...args);
        } finally {
          if (Date.now() - t0 > 1000) console.log(`${name} ${key}(${String(args[0]).slice(0, 60)}) took ${Date.now() - t0} ms`);
        }
      };
    }
  }
  return driver;
}

/** iPhone Safari's user agent: the WebKit suite plays an iPhone, so the app gives Safari's advice. */
export const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/**
 * WebKit: WebKitGTK's MiniBrowser at phone width (MiniBrowser's narrowest window, 447 CSS px wide), with mock
 * capture devices (a microphone that records, no prompt) and iPhone Safari's user agent.
 */
export async function openWebKitDriver() {
  const s = await openWebKit({
    args: ['--enable-mock-capture-devices=true', '--enable-media-stream=true', `--user-agent=${IPHONE_SAFARI}`],
  });
  const KEY = { Space: ' ', Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C' };
  return common(
    {
      evaluate: s.evaluate,
      goto: s.goto,
      reload: s.reload,
      click: async (css) => s.clickElement(await s.find(css)),
      press: (key) => s.press(KEY[key] ?? key),
      type: async (css, text) => s.typeInto(await s.find(css), text),
      setFile: async (css, path) => s.typeInto(await s.find(css), path),
      screenshot: s.screenshot,
      close: s.close,
    },
    'WebKit',
  );
}

/** Gecko: Firefox ESR headless in its own profile, with fake media (a microphone that records, no prompt). */
export async function openGeckoDriver() {
  const profile = await mkdtemp(join(tmpdir(), 'rehearse-gecko-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'media.navigator.streams.fake': true, 'media.navigator.permission.disabled': true },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 390, height: 844 });
  const errors = [];
  // BiDi reports errors thrown while the page loads too, before the probe is in.
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.evaluateOnNewDocument(installProbe);
  // Puppeteer's key names, except that over BiDi Space is ' ' ('Space' throws "Unknown key", STACK.md).
  const KEY = { Space: ' ' };
  const driver = common(
    {
      evaluate: (fn, ...args) => page.evaluate(fn, ...args),
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      reload: () => page.reload({ waitUntil: 'load' }),
      click: (css) => page.click(css),
      press: (key) => page.keyboard.press(KEY[key] ?? key),
      type: (css, text) => page.type(css, text),
      setFile: async (css, path) => (await page.$(css)).uploadFile(path),
      screenshot: () => page.screenshot(),
      close: async () => {
        await browser.close();
        await rm(profile, { recursive: true, force: true });
      },
    },
    'Gecko',
  );
  const problems = driver.problems;
  driver.problems = async () => {
    const got = await problems();
    got.errors.push(...errors.splice(0));
    return got;
  };
  return driver;
}
