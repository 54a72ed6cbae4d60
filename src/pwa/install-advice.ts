// How to install Rehearse, and what the browser may do with its data, chosen from what the browser can do (an
// install prompt, persistent storage) and its family (from the user agent). Pure: the caller passes what it saw.

/** What the browser offers for installing: its own prompt, or steps the user follows, or nothing to say. */
export type InstallWay = 'installed' | 'prompt' | 'ios' | 'mac-safari' | 'firefox-android' | 'firefox-desktop' | 'menu' | 'none';

/** What the page saw: the user agent, whether it runs installed, whether a prompt is held, whether prompts exist. */
export interface InstallContext {
  userAgent: string;
  standalone: boolean;
  /** Chromium's beforeinstallprompt fired and is kept. */
  hasPrompt: boolean;
  /** The browser knows the beforeinstallprompt event at all ('onbeforeinstallprompt' in window). */
  promptSupported: boolean;
  /** A touch screen (an iPad asks for a desktop site and says "Macintosh"). */
  touch: boolean;
}

/** The way this browser installs Rehearse. */
export function installWay(c: InstallContext): InstallWay {
  const ua = c.userAgent;
  if (c.standalone) return 'installed';
  if (c.hasPrompt) return 'prompt';
  // Every iOS browser is WebKit and installs from the Share menu (Safari always; Chrome, Firefox, Edge since iOS 16.4).
  if (/iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && c.touch)) return 'ios';
  if (/Android/.test(ua) && /Firefox\//.test(ua)) return 'firefox-android';
  // Chromium may still offer its prompt later (or has been installed already): it says nothing until then.
  if (c.promptSupported) return 'none';
  if (/Firefox\//.test(ua)) return 'firefox-desktop';
  if (/Macintosh/.test(ua) && /Safari/.test(ua) && !/Chrome|Chromium/.test(ua)) return 'mac-safari';
  return 'menu';
}

/** The steps for each way the user installs by hand, in one plain sentence ('' where there is nothing to say). */
export const INSTALL_STEPS: Record<InstallWay, string> = {
  installed: '',
  prompt: '',
  none: '',
  ios: 'To install Rehearse, tap Share, then "Add to Home Screen".',
  'mac-safari': 'To install Rehearse, choose File, then "Add to Dock".',
  'firefox-android': 'To install Rehearse, open the menu (⋮), then "Install".',
  'firefox-desktop': 'Firefox on a computer does not install web apps: bookmark Rehearse; it works offline in a tab too.',
  menu: 'To install Rehearse, look in the browser\'s menu for "Install" or "Add to Home Screen".',
};

/** The protections Settings offers against losing data. */
export type Protection = 'install' | 'backup' | 'sync';

/** What Settings says about the data's safety, and the protections it offers. */
export interface StorageAdvice {
  text: string;
  offers: Protection[];
}

const EVICTABLE = 'the browser may clear your progress when the device runs low on space.';

/**
 * The storage advice: `canPersist` is whether navigator.storage.persist exists, `persisted` the browser's answer
 * (null when it cannot say), `asked` whether Rehearse has asked already, `way` how this browser installs.
 */
export function storageAdvice(a: { canPersist: boolean; persisted: boolean | null; asked: boolean; way: InstallWay }): StorageAdvice {
  if (a.persisted === true) return { text: 'Storage is persistent: the browser will not clear your progress to free space.', offers: [] };
  const install: Protection[] = INSTALL_STEPS[a.way] || a.way === 'prompt' ? ['install'] : [];
  // Safari deletes script-written storage after seven days of use without a visit to the site (WebKit's tracking
  // prevention), whatever persist() says, except for apps on the Home Screen or in the Dock.
  if (a.way === 'ios' || a.way === 'mac-safari') {
    const keep = a.way === 'ios' ? 'added to the Home Screen' : 'added to the Dock';
    return {
      text: `Safari may delete this site's data, your progress included, after a few weeks without a visit (its rule: seven days of browsing without opening Rehearse), unless Rehearse is ${keep}.`,
      offers: [...install, 'backup', 'sync'],
    };
  }
  if (!a.canPersist)
    return { text: `This browser cannot be asked to keep Rehearse's data: ${EVICTABLE}`, offers: [...install, 'backup', 'sync'] };
  if (a.asked) {
    return {
      text: `Storage is not persistent: ${EVICTABLE} The browser did not grant persistent storage when Rehearse asked; installing the app usually lets it.`,
      offers: [...install, 'backup', 'sync'],
    };
  }
  return {
    text: `Storage is not persistent yet: ${EVICTABLE} Rehearse asks for persistent storage when your first review session ends; installing the app helps browsers grant it.`,
    offers: [...install, 'backup'],
  };
}
