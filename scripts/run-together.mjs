// Runs several npm scripts at once and fails if any fails: `node scripts/run-together.mjs typecheck lint build`.
// Used by `npm test` for steps that do not depend on each other, so the second core is not idle while one
// single-threaded tool (tsc, ESLint, rollup) runs. Each script's output is printed whole when it ends, under its
// name, so two logs never interleave; all scripts run to the end, so every failure is reported, not only the first.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('Usage: node scripts/run-together.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
// Stopped from outside (Ctrl+C, a CI time limit): stop the scripts too, so no browser is left behind.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(130);
  });
}

/**
 * @param {string} name an npm script
 * @returns {Promise<{ name: string; code: number; seconds: number; output: string }>}
 */
function run(name) {
  const started = performance.now();
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    const child = spawn(npm, ['run', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    running.add(child);
    console.log(`── npm run ${name}: started (its output follows when it ends)`);
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    const finish = (/** @type {number} */ code) => {
      running.delete(child);
      const seconds = (performance.now() - started) / 1000;
      const output = Buffer.concat(chunks).toString('utf8');
      console.log(`\n── npm run ${name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`);
      if (output.trim()) console.log(output.trimEnd());
      resolve({ name, code, seconds, output });
    };
    child.on('error', (error) => {
      chunks.push(Buffer.from(`could not start npm: ${error.message}\n`));
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

const results = await Promise.all(names.map(run));
const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((name) => `npm run ${name}`).join(', ')}`);
  process.exit(1);
}
