// The one place the Firefox test tier finds Firefox. Order: FIREFOX_PATH, then Debian's firefox-esr,
// then a `firefox` on the usual paths. puppeteer-core drives it over WebDriver BiDi and downloads nothing.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/local/bin/firefox'];

/**
 * @returns {string} the path of a Firefox executable
 * @throws {Error} naming the ways to provide one
 */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to "${fromEnv}", but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Firefox found for the Firefox test tier. Either of these fixes it:',
      '  1. set FIREFOX_PATH to a Firefox executable (version 140 or later);',
      '  2. on Debian or Ubuntu: sudo apt-get install firefox-esr  (gives /usr/bin/firefox-esr).',
    ].join('\n'),
  );
}
