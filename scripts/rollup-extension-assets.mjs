// Writes what each extension build needs besides scripts: the manifest (one base plus per-browser
// differences), HTML pages, _locales, icons, and the readable fonts with their licences.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyReaderAssets } from './rollup-reader-assets.mjs';

export const EXTENSION_BROWSERS = /** @type {const} */ (['chrome', 'firefox']);

const root = resolve(import.meta.dirname, '..');
const readJson = (/** @type {string} */ path) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

/**
 * The manifest for one browser: the base, with the browser's own keys laid over it.
 * Objects merge key by key; arrays and other values replace.
 * @param {'chrome' | 'firefox'} browser
 */
export function manifestFor(browser) {
  const base = readJson('extension/manifest/base.json');
  const overrides = readJson(`extension/manifest/${browser}.json`);
  const { version } = readJson('package.json');
  return { ...deepMerge(base, overrides), version };
}

/** @param {Record<string, unknown>} a @param {Record<string, unknown>} b @returns {Record<string, unknown>} */
function deepMerge(a, b) {
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key];
    out[key] = isPlainObject(existing) && isPlainObject(value) ? deepMerge(existing, value) : value;
  }
  return out;
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The font files the readable-font aid uses (latin, regular and bold, woff2 only) and each package's
 * licence (SIL Open Font License 1.1), which must travel with the fonts.
 */
const FONT_PACKAGES = [
  { name: 'atkinson-hyperlegible', files: ['atkinson-hyperlegible-latin-400-normal.woff2', 'atkinson-hyperlegible-latin-700-normal.woff2'] },
  { name: 'opendyslexic', files: ['opendyslexic-latin-400-normal.woff2', 'opendyslexic-latin-700-normal.woff2'] },
];

/** @param {string} out */
function copyFonts(out) {
  mkdirSync(resolve(out, 'fonts'), { recursive: true });
  for (const { name, files } of FONT_PACKAGES) {
    const dir = resolve(root, 'node_modules/@fontsource', name);
    for (const file of files) cpSync(resolve(dir, 'files', file), resolve(out, 'fonts', file));
    cpSync(resolve(dir, 'LICENSE'), resolve(out, 'fonts', `${name}-LICENSE.txt`));
  }
}

/** @returns {import('rollup').Plugin} */
export function extensionAssets() {
  const watched = ['extension/manifest/base.json', 'extension/manifest/chrome.json', 'extension/manifest/firefox.json', 'package.json'];
  return {
    name: 'extension-assets',
    buildStart() {
      for (const file of watched) this.addWatchFile(resolve(root, file));
    },
    writeBundle() {
      for (const browser of EXTENSION_BROWSERS) {
        const out = resolve(root, 'dist/extension', browser);
        mkdirSync(out, { recursive: true });
        writeFileSync(resolve(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
        for (const page of ['popup/popup.html', 'options/options.html']) {
          cpSync(resolve(root, 'extension', page), resolve(out, page.split('/')[1] ?? page));
        }
        cpSync(resolve(root, 'extension/_locales'), resolve(out, '_locales'), { recursive: true });
        cpSync(resolve(root, 'extension/icons'), resolve(out, 'icons'), { recursive: true, filter: (src) => !src.endsWith('.svg') });
        copyFonts(out);
        copyReaderAssets(out);
      }
    },
  };
}

/**
 * Writes the first-paint stylesheets (extension/content/first-paint-files.ts, compiled by this bundle)
 * into both extension builds.
 * @returns {import('rollup').Plugin}
 */
export function firstPaintStylesheets() {
  return {
    name: 'first-paint-stylesheets',
    async writeBundle(options) {
      if (!options.file) throw new Error('first-paint-stylesheets needs output.file');
      const url = `${pathToFileURL(resolve(root, options.file)).href}?build=${Date.now()}`;
      const { FIRST_PAINT_FILES } = /** @type {{ FIRST_PAINT_FILES: Record<string, string> }} */ (await import(url));
      for (const browser of EXTENSION_BROWSERS) {
        for (const [file, css] of Object.entries(FIRST_PAINT_FILES)) {
          const path = resolve(root, 'dist/extension', browser, file);
          mkdirSync(resolve(path, '..'), { recursive: true });
          writeFileSync(path, css);
        }
      }
    },
  };
}
