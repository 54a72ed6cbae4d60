// Makes sure Debian's other engines are there for the engine suites (Firefox ESR; WebKitGTK's WebDriver and
// MiniBrowser; Xvfb, as MiniBrowser needs a display): installs the missing packages as root, or says how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDS = { '/usr/bin/firefox-esr': 'firefox-esr', '/usr/bin/WebKitWebDriver': 'webkit2gtk-driver', '/usr/bin/xvfb-run': 'xvfb' };
const missing = Object.entries(NEEDS)
  .filter(([path]) => !existsSync(path))
  .map(([, pkg]) => pkg);

if (missing.length > 0) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`Missing ${missing.join(', ')}: installing from Debian…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
  } else {
    console.error(
      `The engine suites need ${missing.join(', ')}; install with:\n\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n`,
    );
    process.exit(1);
  }
}
