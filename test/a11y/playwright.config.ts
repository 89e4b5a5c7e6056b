import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findHeadlessShell } from '../../scripts/find-chromium.mjs';
import { A11Y_ORIGIN, A11Y_PORT } from './support/origin.js';

const LONG_WALKS = /widget-(axe|keyboard|readability)\.spec\.ts/;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The accessibility conformance suite (`npm run test:a11y`): see docs/accessibility-criteria.md. */
export default defineConfig({
  testDir: '.',
  forbidOnly: Boolean(process.env.CI),
  // On CI a failed test runs once more and, if it then passes, is reported as flaky (a bug to fix, see CONTRIBUTING).
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Tests in one file (the axe matrix, the keyboard shards) are independent: spread them over both workers.
  fullyParallel: true,
  // The axe matrix walks and keyboard shards take 10 to 40 s alone, and several times that on a
  // 2-core machine shared with other work; a hang still fails, after 4 minutes.
  timeout: 240_000,
  reporter: 'list',
  use: {
    baseURL: A11Y_ORIGIN,
    browserName: 'chromium',
    // Pages alone run in Chromium's headless shell (same engine, far less CPU a page); the extension's tests
    // launch the full Chromium themselves (test/support/extension-launch.ts).
    launchOptions: { executablePath: findHeadlessShell(), args: chromiumArgs },
  },
  // The long walks first (each 15 to 60 s), so the short tests fill in beside them instead of one long walk
  // running alone at the end: workers take tests in project order.
  projects: [
    { name: 'long walks', testMatch: LONG_WALKS },
    { name: 'checks', testIgnore: LONG_WALKS },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${A11Y_PORT}`,
    cwd: repoRoot,
    url: `${A11Y_ORIGIN}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
