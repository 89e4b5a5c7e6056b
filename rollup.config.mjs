// One table of entries builds everything: the widget bundle and both extension builds.
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { collapseLitHtmlWhitespace, entryByRegistry, minifyLitCss } from './scripts/rollup-widget-build.mjs';
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
  // The document reader page: PDF.js and tesseract.js's front end are bundled here; their workers, the
  // OCR core and language data are copied beside it (scripts/rollup-reader-assets.mjs).
  { input: 'extension/reader/index.ts', product: 'extension', file: 'reader/reader.js', format: 'es', minify: false },
  // Its picture worker: decodes, scales and turns pictures off the page's main thread.
  { input: 'extension/reader/picture-worker.ts', product: 'extension', file: 'reader/picture-worker.js', format: 'iife', minify: false },
];

/** @param {Record<string, unknown>} [globalDefs] terser constants, e.g. dev-only checks switched off */
const minifier = (globalDefs = {}) => terser({ module: true, ecma: 2020, compress: { passes: 3, global_defs: globalDefs }, format: { comments: false } });

/** @param {Entry} entry */
function outputsFor(entry) {
  const common = { format: entry.format, sourcemap: true, plugins: entry.minify ? [minifier()] : [] };
  if (entry.product === 'widget') {
    // The entry keeps the one name webmasters copy. Parts fetched only when needed sit beside it: each
    // non-English locale in locales/, other code and text (Listen's speech code, the English of the later
    // steps) in parts/. The .dev.js
    // build keeps development checks (missing translations are reported); the production one has them
    // removed (widget/content/dev-build.ts).
    const dir = dirname(entry.file);
    const name = basename(entry.file, '.js');
    /** @param {string} suffix */
    const chunkFileNames = (suffix) => (/** @type {import('rollup').PreRenderedChunk} */ chunk) =>
      `${chunk.facadeModuleId && /[\\/]widget[\\/]content[\\/](?!en-GB\.ts$)/.test(chunk.facadeModuleId) ? 'locales' : 'parts'}/[name]-[hash]${suffix}`;
    // Chunks find the entry through a registry, not its file name (scripts/rollup-widget-build.mjs), so the
    // entry may be renamed or moved with its folders. one-file/ holds the same guide as one file with every
    // part inside, for sites that can copy only one file.
    const production = { RECORD_ACCESS_GUIDE_DEV: false };
    return [
      { ...common, dir, entryFileNames: `${name}.js`, chunkFileNames: chunkFileNames('.js'), plugins: [entryByRegistry(), minifier(production)] },
      { ...common, dir, entryFileNames: `${name}.dev.js`, chunkFileNames: chunkFileNames('.dev.js'), plugins: [entryByRegistry()] },
      { ...common, file: join(dir, 'one-file', `${name}.js`), inlineDynamicImports: true, plugins: [entryByRegistry(), minifier(production)] },
    ];
  }
  return EXTENSION_BROWSERS.map((browser) => ({ ...common, file: `dist/extension/${browser}/${entry.file}` }));
}

/**
 * Content entries name their public source for reviewers (`source: 'prospectiveAccess'`); patients never see
 * it, so the widget bundle leaves it out. Blanked with spaces of the same length, so source maps stay exact.
 * @returns {import('rollup').Plugin}
 */
function stripContentSources() {
  const contentFile = /[\\/]widget[\\/]content[\\/](?!sources\.ts$)[\w-]+\.ts$/;
  return {
    name: 'strip-content-sources',
    transform(code, id) {
      if (!contentFile.test(id)) return null;
      return { code: code.replace(/\bsource: '\w+',?/g, (found) => ' '.repeat(found.length)), map: null };
    },
  };
}

/**
 * Each setting's `docs` (widget/config/settings.ts) is for the custom elements manifest, not the bundle: blanked
 * like the content's sources. A single-quoted or double-quoted string on one line.
 * @returns {import('rollup').Plugin}
 */
function stripSettingDocs() {
  const settingsFile = /[\\/]widget[\\/]config[\\/]settings\.ts$/;
  return {
    name: 'strip-setting-docs',
    transform(code, id) {
      if (!settingsFile.test(id)) return null;
      return { code: code.replace(/\bdocs:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"),?/g, (found) => found.replace(/[^\n]/g, ' ')), map: null };
    },
  };
}

/**
 * Empties one of the widget's chunk folders (locales/, parts/) before a build: chunk names carry a content hash, so old chunks
 * would otherwise pile up beside the new ones (and be copied to practice sites).
 * @param {string} folder
 * @returns {import('rollup').Plugin}
 */
function emptyFolder(folder) {
  return { name: 'empty-folder', buildStart: () => rmSync(folder, { recursive: true, force: true }) };
}

const bundles = entries.map((entry, index) => ({
  input: entry.input,
  output: outputsFor(entry),
  // On-demand parts import shared code from the widget's entry file; let the entry export it, or rollup moves
  // everything into a shared chunk and the file webmasters copy becomes a one-line re-export.
  ...(entry.product === 'widget' ? { preserveEntrySignatures: /** @type {const} */ ('allow-extension') } : {}),
  plugins: [
    nodeResolve({ browser: true }),
    commonjs(),
    // noCheck: each bundle's plugin would otherwise type-check the whole project again (eight times a build,
    // 44 -> 25 CPU-s); `npm run typecheck` checks it once, and the emitted files are byte-identical.
    typescript({ tsconfig: './tsconfig.build.json', sourceMap: true, inlineSources: true, noCheck: true }),
    // After typescript, which compiles from the files on disk, not from earlier plugins' output.
    ...(entry.product === 'widget'
      ? [
          minifyLitCss(),
          collapseLitHtmlWhitespace(),
          stripContentSources(),
          stripSettingDocs(),
          emptyFolder(join(dirname(entry.file), 'locales')),
          emptyFolder(join(dirname(entry.file), 'parts')),
        ]
      : []),
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

/**
 * RAK_BUILD_ONLY=widget (or extension) builds one product: the `npm start` test uses it to prove the start
 * command builds before it serves, without building everything a second time in the suite. Unset: everything.
 */
const only = process.env.RAK_BUILD_ONLY;
const wanted = (/** @type {Entry['product']} */ product) => !only || only === product;

export default [
  ...bundles,
  // The first-paint stylesheets are generated from the same TypeScript as the live colour theme,
  // compiled here to a scratch module and written into each extension build as plain .css files.
  {
    input: 'extension/content/first-paint-files.ts',
    output: { file: 'dist/.generated/first-paint-files.mjs', format: 'es' },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist/.generated', sourceMap: false, noCheck: true }),
      firstPaintStylesheets(),
    ],
  },
].filter((bundle) => wanted(bundle.input.startsWith('widget/') ? 'widget' : 'extension'));
