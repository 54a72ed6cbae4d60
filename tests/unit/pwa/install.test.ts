// Which browser gets the "Add to Home Screen" steps instead of an Install button: Safari only.
import { describe, expect, it } from 'vitest';
import { isIosSafari, isSafari } from '../../../src/pwa/install';

const UA = {
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  iphoneChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1',
  iphoneFirefox: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
  desktopChrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
};

describe('isSafari and isIosSafari', () => {
  it('Safari on iPhone and Mac is Safari; the other browsers that say "Safari" are not', () => {
    expect(isSafari(UA.iphoneSafari)).toBe(true);
    expect(isSafari(UA.macSafari)).toBe(true);
    for (const ua of [UA.iphoneChrome, UA.iphoneFirefox, UA.android, UA.desktopChrome]) expect(isSafari(ua)).toBe(false);
  });

  it('only Safari on an iPhone gets the Share-menu steps (no document here: a Mac is not a touch iPad)', () => {
    expect(isIosSafari(UA.iphoneSafari)).toBe(true);
    expect(isIosSafari(UA.iphoneChrome)).toBe(false);
    expect(isIosSafari(UA.macSafari)).toBe(false);
    expect(isIosSafari(UA.android)).toBe(false);
  });
});
