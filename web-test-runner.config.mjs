// Component and unit tests, in real Chromium through Playwright.
// Files named *.voice.test.ts run in a second group whose Chromium (the full browser) has real (espeak-ng)
// voices; the rest run in Chromium's headless shell, which opens each file's page for far less CPU.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium, findHeadlessShell } from './scripts/find-chromium.mjs';
import { withRealVoices } from './scripts/speech-env.mjs';

const executablePath = findChromium();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/**/*.voice.test.ts'],
  groups: [
    {
      name: 'real-voices',
      files: 'test/**/*.voice.test.ts',
      browsers: [
        playwrightLauncher({
          product: 'chromium',
          launchOptions: withRealVoices({ executablePath, args: chromiumArgs }),
          // The browser has one speech queue: a page speaking (or closing) beside another cuts its speech off.
          concurrency: 1,
        }),
      ],
    },
  ],
  nodeResolve: true,
  // The tsconfig must be given, or esbuild compiles Lit's decorators as standard ones and they fail.
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: findHeadlessShell(), args: chromiumArgs } })],
  concurrency: 2,
  // Tests run Lit in development mode on purpose (extra checks); its one-line notice is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
