// What the engine suites watch in the page, the same in every engine: uncaught errors, unhandled rejections and
// Content-Security-Policy violations, kept on window.__probe. Installed by the driver (WebDriver's scripts are not
// subject to the page's CSP), so the app itself carries nothing for the tests.

/** Installs the probe in the page unless it is there already (a function run in the page). */
export function installProbe() {
  if (window.__probe) return;
  const probe = { errors: [], csp: [] };
  window.__probe = probe;
  addEventListener('error', (e) => probe.errors.push(`${e.message} (${e.filename}:${e.lineno})`));
  addEventListener('unhandledrejection', (e) => probe.errors.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => probe.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
}

/** Takes what the probe saw so far and empties it (a function run in the page). */
export function drainProbe() {
  const probe = window.__probe ?? { errors: [], csp: [] };
  const seen = { errors: [...probe.errors], csp: [...probe.csp] };
  probe.errors.length = 0;
  probe.csp.length = 0;
  return seen;
}
