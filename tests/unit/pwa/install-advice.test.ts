// Which install steps and which storage advice each browser gets, from what it can do and its family.
import { describe, expect, it } from 'vitest';
import { INSTALL_STEPS, installWay, storageAdvice, type InstallContext } from '../../../src/pwa/install-advice';

const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1',
  ipadDesktop: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
  androidChrome: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
  webkitGtk: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15',
};

/** A browser with no prompt support and no touch screen, not installed, unless overridden. */
const ctx = (userAgent: string, over: Partial<InstallContext> = {}): InstallContext => ({
  userAgent,
  standalone: false,
  hasPrompt: false,
  promptSupported: false,
  touch: false,
  ...over,
});

describe('installWay', () => {
  it('uses the browser prompt when one is kept, and says nothing once installed', () => {
    expect(installWay(ctx(UA.androidChrome, { promptSupported: true, hasPrompt: true }))).toBe('prompt');
    expect(installWay(ctx(UA.iphoneSafari, { standalone: true }))).toBe('installed');
    expect(INSTALL_STEPS.installed).toBe('');
  });

  it('gives iPhone and iPad users (every iOS browser, an iPad asking for the desktop site) the Share menu steps', () => {
    for (const c of [ctx(UA.iphoneSafari), ctx(UA.iphoneChrome), ctx(UA.ipadDesktop, { touch: true })]) expect(installWay(c)).toBe('ios');
    expect(INSTALL_STEPS.ios).toBe('To install Rehearse, tap Share, then "Add to Home Screen".');
  });

  it('gives Firefox for Android its menu → Install, and Firefox on a computer a bookmark', () => {
    expect(installWay(ctx(UA.firefoxAndroid))).toBe('firefox-android');
    expect(INSTALL_STEPS['firefox-android']).toMatch(/menu.*"Install"/);
    expect(installWay(ctx(UA.firefoxLinux))).toBe('firefox-desktop');
  });

  it('gives Safari on a Mac the Dock, and other browsers without a prompt the menu', () => {
    expect(installWay(ctx(UA.macSafari))).toBe('mac-safari');
    expect(installWay(ctx(UA.webkitGtk))).toBe('menu');
  });

  it('keeps quiet in Chromium while its prompt may still come', () => {
    expect(installWay(ctx(UA.androidChrome, { promptSupported: true }))).toBe('none');
    expect(INSTALL_STEPS.none).toBe('');
  });
});

describe('storageAdvice', () => {
  it('says storage is safe when persistent, and offers nothing more', () => {
    expect(storageAdvice({ canPersist: true, persisted: true, asked: true, way: 'prompt' })).toEqual({
      text: 'Storage is persistent: the browser will not clear your progress to free space.',
      offers: [],
    });
  });

  it('tells Safari users plainly what Safari may do, and offers the Home Screen, backups and sync', () => {
    const advice = storageAdvice({ canPersist: false, persisted: null, asked: false, way: 'ios' });
    expect(advice.text).toMatch(
      /^Safari may delete this site's data, your progress included, after a few weeks without a visit .* unless Rehearse is added to the Home Screen\.$/,
    );
    expect(advice.offers).toEqual(['install', 'backup', 'sync']);
    expect(storageAdvice({ canPersist: true, persisted: false, asked: true, way: 'mac-safari' }).text).toMatch(/added to the Dock/);
  });

  it('says a browser without persist() cannot be asked, and offers what exists', () => {
    const advice = storageAdvice({ canPersist: false, persisted: null, asked: false, way: 'menu' });
    expect(advice.text).toMatch(/^This browser cannot be asked to keep Rehearse's data/);
    expect(advice.offers).toEqual(['install', 'backup', 'sync']);
    expect(storageAdvice({ canPersist: false, persisted: null, asked: false, way: 'none' }).offers).toEqual(['backup', 'sync']);
  });

  it('before Rehearse has asked, says it will ask; after a refusal, offers install, backups and sync', () => {
    expect(storageAdvice({ canPersist: true, persisted: false, asked: false, way: 'none' })).toEqual({
      text: expect.stringMatching(/^Storage is not persistent yet: .* asks for persistent storage when your first review session ends/),
      offers: ['backup'],
    });
    expect(storageAdvice({ canPersist: true, persisted: false, asked: true, way: 'prompt' }).offers).toEqual(['install', 'backup', 'sync']);
  });
});
