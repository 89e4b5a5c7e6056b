// The one place every browser-using script (web-test-runner, Playwright, benchmarks) finds Chromium.
// Order: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet and fast on a machine with no internet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * @returns {string} the path of a Chromium executable
 * @throws {Error} naming the three ways to provide one
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no file there.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let playwrightPath = '';
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser of its own; fall through to the message below.
  }
  if (playwrightPath && existsSync(playwrightPath)) return playwrightPath;
  throw new Error(
    [
      'No Chromium found. Any one of these fixes it:',
      '  1. set CHROMIUM_PATH to a Chromium or Chrome executable;',
      '  2. on Debian or Ubuntu: sudo apt-get install chromium  (gives /usr/bin/chromium);',
      '  3. npx playwright install chromium  (Playwright downloads its own).',
    ].join('\n'),
  );
}
