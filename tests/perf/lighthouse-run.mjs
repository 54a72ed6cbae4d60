// One Lighthouse 12 mobile run on a page, in Debian's Chromium: shared by `npm run lighthouse` (one run and its
// report) and the Lighthouse benchmark (several runs, their median).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/** The categories Rehearse is held to, each at 100 on Today (issue 13). */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// STACK.md traps 2 and 10: Debian's Chromium, flags that work as root with no network.
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs Lighthouse once on `url` in a fresh Chromium (so a first visit: no cache, no service worker); returns { lhr, report }. */
export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    // Lighthouse's default config: a mid-range phone (mobile form factor and screen, simulated slow 4G and CPU).
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      formFactor: 'mobile',
    });
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return result;
  } finally {
    chrome.kill();
  }
}

/** The figures of one run: each category's score (0–100) and the metrics behind performance, in ms. */
export function summary(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, lhr.categories[id].score === null ? NaN : Math.round(lhr.categories[id].score * 100)]),
  );
  const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  return {
    scores,
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
}
