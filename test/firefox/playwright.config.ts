import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { DEMO_ORIGIN, FIREFOX_PORT } from './support/origin.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The Firefox tier (`npm run test:firefox`): Firefox ESR driven by puppeteer-core over WebDriver BiDi
 * (test/firefox/support/firefox.ts). Playwright Test only runs the files; it drives no browser here.
 * Each file launches one Firefox and runs its tests in order in it, so files are the unit of parallelism.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  forbidOnly: Boolean(process.env.CI),
  // On CI a failed test runs once more and, if it then passes, is reported as flaky (a bug to fix, see CONTRIBUTING).
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Firefox takes up to 18 s to start cold on a loaded 2-core machine, and speech-dispatcher seconds more.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: 'list',
  webServer: {
    command: `node scripts/serve.mjs --port ${FIREFOX_PORT}`,
    cwd: repoRoot,
    url: `${DEMO_ORIGIN}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
