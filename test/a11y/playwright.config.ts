import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { A11Y_ORIGIN, A11Y_PORT } from './support/origin.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The accessibility conformance suite (`npm run test:a11y`): see docs/accessibility-criteria.md. */
export default defineConfig({
  testDir: '.',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Tests in one file (the axe matrix, the keyboard shards) are independent: spread them over both workers.
  fullyParallel: true,
  // Long enough for a whole journey or an axe matrix walk on a busy 2-core machine.
  timeout: 90_000,
  reporter: 'list',
  use: {
    baseURL: A11Y_ORIGIN,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${A11Y_PORT}`,
    cwd: repoRoot,
    url: `${A11Y_ORIGIN}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
