// `npm start`: build everything, then serve the demo until Ctrl-C.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { readServeOptions, runServerCli } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
try {
  readServeOptions(); // Reject a bad --port before spending time on the build.
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.log('Building the widget and the extensions...');
const rollupBin = createRequire(import.meta.url).resolve('rollup/dist/bin/rollup');
const build = spawnSync(process.execPath, [rollupBin, '-c', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed (see above); nothing was served.');
  process.exit(build.status ?? 1);
}
await runServerCli();
