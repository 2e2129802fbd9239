// Installs the system packages the test suite needs when they are missing (a fresh
// Debian machine has no Chromium). Runs before `npm test`; never downloads Electron.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// chromium: end-to-end tests; age (with age-keygen) and unzip: bundle interoperability tests.
const required = [
  { path: chromiumPath, pkg: 'chromium' },
  { path: '/usr/bin/age', pkg: 'age' },
  { path: '/usr/bin/unzip', pkg: 'unzip' },
  { path: '/usr/bin/openssl', pkg: 'openssl' },
];
const missing = required.filter(({ path }) => !existsSync(path)).map(({ pkg }) => pkg);

if (missing.length === 0) process.exit(0);

if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `Missing ${missing.join(', ')}. Install them (Chromium: set CHROMIUM_PATH to its binary), then run the tests again.`,
  );
  process.exit(1);
}

const isRoot = process.getuid?.() === 0;
const run = (args) => {
  const [cmd, ...rest] = isRoot ? args : ['sudo', ...args];
  execFileSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
console.log(`Installing ${missing.join(', ')} with apt-get (needed by the end-to-end and interoperability tests)…`);
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', ...missing, 'fonts-dejavu-core']);
