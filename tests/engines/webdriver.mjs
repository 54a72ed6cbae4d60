// A small W3C WebDriver client over fetch, for WebKitGTK's WebKitWebDriver driving MiniBrowser. Why our own and not
// selenium-webdriver (≈ 7 MB unpacked, plus its own driver manager) or webdriverio (≈ 100 packages): the suite needs
// about fifteen commands (navigate, execute script, find, click, send keys, screenshot), each one HTTP request.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on loopback (WebKitWebDriver needs a port number up front). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The MiniBrowser binary that Debian's WebKitGTK ships (the driver launches it). */
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The W3C key code for a named key (WebDriver "Keys" table). */
export const KEYS = { Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', Space: ' ', ArrowDown: '\uE015', ArrowUp: '\uE013' };

// The W3C web element identifier.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Starts WebKitWebDriver and opens one MiniBrowser session; returns the session's commands. */
export async function openWebKit({ width = 390, height = 844, args = [] } = {}) {
  const port = await freePort();
  const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let driverLog = '';
  driver.stderr.on('data', (d) => (driverLog += d));
  const base = `http://127.0.0.1:${port}`;
  // The driver takes a moment to listen.
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch (error) {
      if (i > 100) throw new Error(`WebKitWebDriver did not start: ${driverLog}`, { cause: error });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (json.value?.error) throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  // Not --headless: with it the new-session request hangs (STACK.md); the suite runs under xvfb-run instead.
  const created = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] } },
    },
  });
  const s = `/session/${created.sessionId}`;
  const session = {
    capabilities: created.capabilities,
    /** Opens `url` and waits for its load event. */
    goto: (url) => call('POST', `${s}/url`, { url }),
    /** Reloads the page. */
    reload: () => call('POST', `${s}/refresh`, {}),
    /** The page's URL. */
    url: () => call('GET', `${s}/url`),
    /** Runs `fn(...args)` in the page (async allowed) and returns its JSON result. */
    evaluate: (fn, ...args) =>
      call('POST', `${s}/execute/async`, {
        script: `const done = arguments[arguments.length - 1]; Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1))).then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e && e.stack || e) }));`,
        args,
      }).then((r) => {
        if (r?.error) throw new Error(`in the page: ${r.error}`);
        return r?.ok;
      }),
    /** The first element matching a CSS selector (a WebDriver element reference). */
    find: async (css) => (await call('POST', `${s}/element`, { using: 'css selector', value: css }))[ELEMENT],
    /** Clicks the element (scrolled into view first, as a user would). */
    clickElement: (id) => call('POST', `${s}/element/${id}/click`, {}),
    /** Types text into an element (a file path for a file input). */
    typeInto: (id, text) => call('POST', `${s}/element/${id}/value`, { text }),
    /** Presses one key (a KEYS value or a character) on the focused element. */
    press: (key) =>
      call('POST', `${s}/actions`, {
        actions: [
          {
            type: 'key',
            id: 'kb',
            actions: [
              { type: 'keyDown', value: key },
              { type: 'keyUp', value: key },
            ],
          },
        ],
      }).then(() => call('DELETE', `${s}/actions`)),
    /** Sets the window's size in CSS px. */
    setWindowSize: (w, h) => call('POST', `${s}/window/rect`, { width: w, height: h }),
    /** A PNG screenshot of the viewport. */
    screenshot: async () => Buffer.from(await call('GET', `${s}/screenshot`), 'base64'),
    /** Ends the session and stops the driver. */
    close: async () => {
      await call('DELETE', s).catch(() => undefined);
      driver.kill();
    },
  };
  // The window's size includes MiniBrowser's own chrome: size it, then grow it by what the page lacks.
  await session.setWindowSize(width, height);
  const inner = await session.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  await session.setWindowSize(width + (width - inner.w), height + (height - inner.h));
  return session;
}
