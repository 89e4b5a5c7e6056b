// `npm run package`: one zip per browser build, ready for the Chrome Web Store and addons.mozilla.org.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';
import { EXTENSION_BROWSERS } from './rollup-extension-assets.mjs';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const artifactsDir = resolve(root, 'dist/packages');

for (const browser of EXTENSION_BROWSERS) {
  const sourceDir = resolve(root, 'dist/extension', browser);
  if (!existsSync(resolve(sourceDir, 'manifest.json'))) {
    console.error(`No build in ${sourceDir}: run npm run build first.`);
    process.exit(1);
  }
  const filename = `record-access-aids-${browser}-${version}.zip`;
  await webExt.cmd.build({ sourceDir, artifactsDir, filename, overwriteDest: true, ignoreFiles: ['**/*.map'] }, { shouldExitProgram: false });
  console.log(`Packaged ${resolve(artifactsDir, filename)}`);
}
