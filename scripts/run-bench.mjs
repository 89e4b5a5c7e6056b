// Runs the TypeScript benchmark (test/bench/index.ts): esbuild bundles it for Node into dist/.bench
// (dependencies stay external), then it is imported with the command line passed through. The bundle
// lives in this checkout's dist/, not in node_modules, which git worktrees may share.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, 'dist/.bench');
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, 'bench.mjs');
await build({
  entryPoints: [resolve(root, 'test/bench/index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  // Relative URLs in the benchmark (dist/, node_modules) resolve from its source folder, not the cache.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(resolve(root, 'test/bench/index.ts')).href) },
});
await import(pathToFileURL(outfile).href);
