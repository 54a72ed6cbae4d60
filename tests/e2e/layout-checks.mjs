// Layout checks for any content: nothing wider than the viewport, and the controls a user needs are on screen and
// are what a tap at their centre hits.

/** The widths the layout must hold at: a small Android or zoomed iPhone, a current iPhone, a laptop. */
export const WIDTHS = [320, 390, 1280];

/** The page's overflow: scrollWidth against innerWidth, and the widest elements sticking out (for the message). */
export function pageOverflow(page) {
  return page.evaluate(() => {
    const width = innerWidth;
    const scroll = document.documentElement.scrollWidth;
    const culprits =
      scroll <= width
        ? []
        : [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 0.5)
            .slice(-4)
            .map(
              (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`,
            );
    return { width, scroll, culprits };
  });
}

/**
 * For each CSS selector, whether its first visible element (scrolled to vertically) is on screen and is what a tap at its centre hits;
 * returns the problems in words (none when all is well).
 */
export function untappable(page, selectors) {
  return page.evaluate((list) => {
    const problems = [];
    for (const selector of list) {
      const el = [...document.querySelectorAll(selector)].find((e) => e.getClientRects().length > 0);
      if (!el) {
        problems.push(`${selector}: not shown`);
        continue;
      }
      // In-flow controls (the mock's grades after a long checklist) are reached by scrolling down; only vertically, as
      // a sideways scroll would hide a page wider than the screen.
      const before = el.getBoundingClientRect();
      scrollBy(0, before.top + before.height / 2 - innerHeight / 2);
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
        problems.push(`${selector}: centre (${Math.round(x)}, ${Math.round(y)}) is off the ${innerWidth}×${innerHeight} screen`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === el || el.contains(hit)))
        problems.push(`${selector}: a tap at its centre hits ${hit?.tagName.toLowerCase()}.${[...(hit?.classList ?? [])].join('.')}`);
    }
    return problems;
  }, selectors);
}
