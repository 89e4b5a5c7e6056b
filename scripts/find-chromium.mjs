// The one place every browser-using script (web-test-runner, Playwright, benchmarks) finds Chromium.
// Order: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
// Tests of pages alone may use Chromium's headless shell instead (findHeadlessShell, below).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

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

/**
 * Chromium's headless shell: the same Blink and V8, without the desktop browser around them. It is what
 * Playwright itself runs for headless tests. Here a page costs well under half the CPU time it costs in the
 * full browser (20 blank pages: 7.2 CPU-s against 18.2), so the tiers that open hundreds of pages use it. It
 * cannot load extensions, so the extension's tests keep findChromium(); so do real-voice tests (the shell lists
 * the same voices, but what a patient hears comes from the desktop browser) and the benchmark.
 * Order: CHROMIUM_HEADLESS_SHELL_PATH, then Debian's package chromium-headless-shell, then the full Chromium
 * (the tests pass in it too, more slowly).
 * @returns {string} the path of a headless shell, or failing that of a Chromium executable
 */
export function findHeadlessShell() {
  const fromEnv = process.env.CHROMIUM_HEADLESS_SHELL_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_HEADLESS_SHELL_PATH is set to "${fromEnv}", but there is no file there.`);
  }
  // Debian's headless shell matches Debian's Chromium only: with CHROMIUM_PATH set, test that browser throughout.
  if (!process.env.CHROMIUM_PATH && existsSync(DEBIAN_HEADLESS_SHELL)) return DEBIAN_HEADLESS_SHELL;
  return findChromium();
}
