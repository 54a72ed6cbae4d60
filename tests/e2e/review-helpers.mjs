// Helpers for the review-experience browser tests: read card state, walk a session, press keys.
import { readStore } from './harness.mjs';

/** The cached card row for `cardId` of the built-in deck, or undefined. */
export async function readCard(page, cardId) {
  const cards = await readStore(page, 'cards');
  return cards.find((c) => c.cardId === cardId);
}

/** The text of the current card's question. */
export function currentPrompt(page) {
  return page.locator('#prompt').innerText();
}

/** Presses Tab until the focused element's accessible text matches `pattern`; fails after 40 presses. */
export async function tabTo(page, pattern) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.textContent ?? ''}`;
    });
    if (pattern.test(text)) return;
  }
  throw new Error(`no focusable element matching ${pattern}`);
}

/** True when the focused element draws a visible focus outline. */
export function focusIsVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
      ? true
      : `${el.tagName} ${style.outlineStyle} ${style.outlineWidth}`;
  });
}

/** Waits until the session-complete panel shows. */
export function waitForSessionEnd(page) {
  return page.getByRole('heading', { name: 'Session complete' }).waitFor();
}

/** Waits until every grade and undo of the session is committed to IndexedDB (the status line says so). */
export function waitForSaved(page) {
  return page.waitForSelector('.status-line[data-saving="0"]', { state: 'attached' });
}
