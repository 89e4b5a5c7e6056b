// One table of entries builds everything: the widget bundle and both extension builds.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { extensionAssets, EXTENSION_BROWSERS, firstPaintStylesheets } from './scripts/rollup-extension-assets.mjs';

/**
 * @typedef {object} Entry
 * @property {string} input source module
 * @property {'widget' | 'extension'} product
 * @property {string} file output path: under dist/ for the widget, under each browser's folder for the extension
 * @property {'es' | 'iife'} format iife where the browser loads a classic script (service worker, content script)
 * @property {boolean} minify
 */

/** @type {Entry[]} */
const entries = [
  { input: 'widget/index.ts', product: 'widget', file: 'dist/widget/record-access-guide.js', format: 'es', minify: true },
  // The extension is left unminified: store reviewers read it, and Firefox add-on review asks for readable code.
  { input: 'extension/background/index.ts', product: 'extension', file: 'background.js', format: 'iife', minify: false },
  { input: 'extension/content/index.ts', product: 'extension', file: 'content.js', format: 'iife', minify: false },
  { input: 'extension/popup/index.ts', product: 'extension', file: 'popup.js', format: 'es', minify: false },
  { input: 'extension/options/index.ts', product: 'extension', file: 'options.js', format: 'es', minify: false },
];

/** @param {Entry} entry */
function outputsFor(entry) {
  const common = { format: entry.format, sourcemap: true, plugins: entry.minify ? [terser({ module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } })] : [] };
  if (entry.product === 'widget') return [{ ...common, file: entry.file }];
  return EXTENSION_BROWSERS.map((browser) => ({ ...common, file: `dist/extension/${browser}/${entry.file}` }));
}

const bundles = entries.map((entry, index) => ({
  input: entry.input,
  output: outputsFor(entry),
  plugins: [
    nodeResolve({ browser: true }),
    commonjs(),
    typescript({ tsconfig: './tsconfig.build.json', sourceMap: true, inlineSources: true }),
    // Manifests, pages, locales and icons are written once, alongside the first extension entry.
    ...(entry.product === 'extension' && index === entries.findIndex((e) => e.product === 'extension') ? [extensionAssets()] : []),
  ],
  /** @type {import('rollup').WarningHandlerWithDefault} */
  onwarn(warning, warn) {
    // Lit's compiled output uses `this` at module top level in a way that is harmless.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));

export default [
  ...bundles,
  // The first-paint stylesheets are generated from the same TypeScript as the live colour theme,
  // compiled here to a scratch module and written into each extension build as plain .css files.
  {
    input: 'extension/content/first-paint-files.ts',
    output: { file: 'dist/.generated/first-paint-files.mjs', format: 'es' },
    plugins: [nodeResolve(), typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist/.generated', sourceMap: false }), firstPaintStylesheets()],
  },
];
