// Install: Chromium's kept install prompt behind an "Install" button; how to install where there is none. Loaded with
// Settings, and by the offline notice once it shows.
import { installPrompt } from './state';
import { INSTALL_STEPS, installWay, type InstallWay } from './install-advice';

/** Shows the browser's install dialog, if it offered one. */
export async function install(): Promise<void> {
  const event = installPrompt.get();
  if (!event) return;
  await event.prompt();
  await event.userChoice;
  installPrompt.set(null);
}

/** True when running as an installed app (standalone window). */
function isStandalone(): boolean {
  return window.matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}

/** How this browser installs Rehearse, from what the page sees now (a kept prompt, prompt support, the user agent). */
export function currentInstallWay(hasPrompt: boolean = installPrompt.get() !== null): InstallWay {
  return installWay({
    userAgent: navigator.userAgent,
    standalone: isStandalone(),
    hasPrompt,
    promptSupported: 'onbeforeinstallprompt' in window,
    touch: typeof document !== 'undefined' && 'ontouchend' in document,
  });
}

/** This browser's install steps in one sentence, or '' where its own prompt (or nothing) applies. */
export function currentInstallSteps(): string {
  return INSTALL_STEPS[currentInstallWay()];
}
