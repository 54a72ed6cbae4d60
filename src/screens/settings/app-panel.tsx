// Settings panel: install the app, check for a new version, and say which version is running.
import { installPrompt, updateAvailable, updateCheck } from '../../pwa/state';
import { currentInstallWay, install } from '../../pwa/install';
import { INSTALL_STEPS } from '../../pwa/install-advice';
import { acceptUpdate } from '../../pwa/register';
import { checkForUpdates } from '../../pwa/check-updates';
import { APP_VERSION, BUILD_ID } from '../../pwa/version';
import { useStore } from '../../ui/use-store';

const CHECK_TEXT = {
  idle: '',
  checking: 'Checking…',
  current: 'You have the latest version.',
  found: 'A new version was found; it is downloading…',
  failed: 'Could not check for updates (are you offline?).',
  starting: 'Rehearse is still setting itself up for offline use, so it cannot check yet; try again in a minute.',
  unsupported:
    'This browser is not running the offline service Rehearse checks for updates with; reloading the page gets the latest version.',
} as const;

/** Install button (when the browser offers one), else how to install in this browser, and "Check for updates". */
export function AppPanel() {
  const prompt = useStore(installPrompt);
  const steps = INSTALL_STEPS[currentInstallWay(prompt !== null)];
  const check = useStore(updateCheck);
  const waiting = useStore(updateAvailable);
  return (
    <section class="panel" aria-labelledby="app-settings">
      <h2 id="app-settings">App</h2>
      {prompt && (
        <p>
          <button type="button" class="primary" onClick={() => void install()}>
            Install Rehearse
          </button>
        </p>
      )}
      {steps && (
        <p class="banner" data-testid="install-steps">
          {steps}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={() => void checkForUpdates()} disabled={check === 'checking'}>
          Check for updates
        </button>
        {waiting && (
          <button type="button" class="primary" onClick={() => void acceptUpdate()}>
            Reload to update
          </button>
        )}
      </div>
      <p role="status" class="muted">
        {waiting && check !== 'idle' ? 'A new version is ready.' : CHECK_TEXT[check]}
      </p>
      <p class="muted" data-testid="version">
        Version {APP_VERSION} (build {BUILD_ID})
      </p>
    </section>
  );
}
