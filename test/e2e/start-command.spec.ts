import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PORT } from './support/demo-origin.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a script until it exits, or until its output contains `until` (then leaves it running). */
function run(script: string, args: string[], until?: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [script, ...args], { cwd: repoRoot, env: { ...process.env, PORT: '', ...env } });
  let output = '';
  const done = new Promise<{ code: number | null; output: string }>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      if (until && output.includes(until)) resolve({ code: null, output });
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
  return { child, done };
}

test('npm start builds, serves the demo with the guide, prints the URLs, and stops on Ctrl-C', async ({ page }) => {
  // The widget build alone (TypeScript, then terser) is about 20 s on an idle 2-core machine and over 90 s on a loaded one.
  test.setTimeout(180_000);
  // Near the e2e port, so runs given different E2E_PORTs never collide.
  const port = DEMO_PORT + 20 + test.info().workerIndex;
  // The suite's `npm run build` has already built everything with the same rollup config; here the start
  // command builds the one product it serves (RAK_BUILD_ONLY, rollup.config.mjs), which is enough to prove
  // that it builds before serving, without a second full build (a minute on a 2-core machine).
  const bundle = join(repoRoot, 'dist/widget/record-access-guide.js');
  const before = statSync(bundle).mtimeMs;
  const start = run('scripts/start.mjs', ['--port', String(port)], 'Press Ctrl-C to stop.', { RAK_BUILD_ONLY: 'widget' });
  const { output } = await start.done;
  expect(statSync(bundle).mtimeMs, 'the widget was built again before serving').toBeGreaterThan(before);
  expect(output).toContain(`Practice website with the guide:  http://127.0.0.1:${port}/`);
  expect(output).toContain('dist/extension/chrome');
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page.locator('record-access-guide').getByRole('heading', { name: 'Use your GP practice online' })).toBeVisible();
  const exited = new Promise<number | null>((resolve) => start.child.on('exit', resolve));
  start.child.kill('SIGINT');
  expect(await exited).toBe(0);
});

test('a port in use gives a clear message, not a stack trace', async () => {
  const blocker: Server = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const address = blocker.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const { code, output } = await run('scripts/serve.mjs', ['--port', String(port)]).done;
    expect(code).toBe(1);
    expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(output).toContain(`npm start -- --port ${port + 1}`);
    expect(output).not.toMatch(/\n\s+at /);
  } finally {
    blocker.close();
  }
});

test('a bad port is refused before anything is built', async () => {
  const { code, output } = await run('scripts/start.mjs', ['--port', 'eighty']).done;
  expect(code).toBe(1);
  expect(output).toContain('The port must be a whole number from 1 to 65535; got "eighty".');
  expect(output).not.toContain('Building');
});
