// Finds a Chrome or Chromium for the browser tests. On a fresh machine without one it installs
// Debian's chromium where it can (root with apt-get), saying so; otherwise it stops with a message
// that says how to install one. Never a stack trace.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's binary, without the wrapper's shell warning
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags for Debian's Chromium here: root needs --no-sandbox, and without the background-networking
 * flags Chromium tries to reach outside hosts, which this network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const found = () => [process.env.CHROME_PATH, ...CANDIDATES].find((path) => path && existsSync(path));

export function canInstall() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function findChromium() {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    console.error(
      `CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there. Unset it or point it at a Chrome or Chromium binary.`,
    );
    process.exit(1);
  }
  let path = found();
  if (path) return path;
  if (canInstall()) {
    console.log('No Chrome or Chromium found: installing Debian\'s "chromium" with apt-get (about a minute)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Reported below.
    }
    path = found();
    if (path) return path;
  }
  console.error(
    [
      'The browser tests need Chrome or Chromium, and none was found.',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  macOS: install Google Chrome',
      '  Anywhere: set CHROME_PATH to the browser binary.',
    ].join('\n'),
  );
  process.exit(1);
}
