/**
 * What the built extension could do, read from dist/extension/{chrome,firefox} itself: no network or
 * remote-code API anywhere in our code, no remote resource in its pages or stylesheets, and a manifest
 * with exactly the minimal permissions (each one is justified in SECURITY.md). No browser is needed.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILDS = ['chrome', 'firefox'] as const;
const distDir = (build: string): string => fileURLToPath(new URL(`../../dist/extension/${build}`, import.meta.url));

/** Ways code can reach the network or run code that is not in the package. */
const FORBIDDEN_IN_CODE: { name: string; pattern: RegExp }[] = [
  { name: 'fetch()', pattern: /\bfetch\s*\(/ },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { name: 'navigator.sendBeacon', pattern: /\bsendBeacon\b/ },
  { name: 'WebSocket', pattern: /\bWebSocket\b/ },
  { name: 'EventSource', pattern: /\bEventSource\b/ },
  { name: 'WebTransport', pattern: /\bWebTransport\b/ },
  { name: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/ },
  { name: 'importScripts()', pattern: /\bimportScripts\s*\(/ },
  { name: 'dynamic import()', pattern: /(?<![\w$.])import\s*\(/ },
  { name: 'eval()', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function()', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'string timers', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'document.write', pattern: /\bdocument\.write(?:ln)?\s*\(/ },
  { name: 'a remote stylesheet or image in CSS text', pattern: /url\(\s*['"]?(?:https?:)?\/\//i },
  { name: 'CSS @import', pattern: /@import\b/ },
  { name: 'a remote script', pattern: /<script[^>]*\bsrc\s*=\s*['"]?(?:https?:)?\/\//i },
  { name: 'new Worker()', pattern: /\bnew\s+(?:Shared)?Worker\s*\(/ },
];

/** Files the browser runs or renders: scripts, pages and stylesheets (source maps and fonts are data). */
function shippedCode(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:js|mjs|html|css)$/.test(name)) files.push(path);
    }
  };
  walk(dir);
  return files;
}

/**
 * The document reader's files are PDF.js and tesseract.js (and the reader's own document fetch), which
 * contain network and worker APIs by nature. Each file may hold exactly the APIs listed, no more (a
 * library update that brings another one fails here). That they fetch nothing from the web is proven
 * at run time by extension-network.spec.ts, and the extension pages' CSP (script-src 'self') forbids
 * remote and eval'd code: 'new Function' in them is feature detection that the CSP refuses.
 */
const READER_ALLOWED: Record<string, string[]> = {
  'reader/reader.js': ['fetch()', 'XMLHttpRequest', 'importScripts()', 'dynamic import()', 'new Function()', 'new Worker()'],
  'reader/pdf.worker.min.mjs': ['fetch()', 'XMLHttpRequest', 'dynamic import()', 'new Function()'],
  'reader/ocr/worker.min.js': ['importScripts()', 'new Function()'],
  'reader/ocr/tesseract-core-simd-lstm.wasm.js': ['fetch()', 'XMLHttpRequest'],
  // The reader's own picture worker (decodes and scales pictures): none at all.
  'reader/picture-worker.js': [],
};

/**
 * The one allowed use of fetch(): the background reading a file of its own package by its package URL (the
 * readable fonts, whose bytes it hands to content scripts so no extension URL reaches a page). A package URL
 * cannot reach the network; extension-network.spec.ts checks at run time that the worker loads nothing else.
 */
const PACKAGE_FILE_READ = /\bfetch\s*\(\s*browser\.runtime\.getURL\s*\(\s*[\w$]+\s*\)\s*\)/g;

function findForbidden(source: string, file = ''): string[] {
  const scanned = file === 'background.js' ? source.replace(PACKAGE_FILE_READ, 'readPackageFile()') : source;
  return FORBIDDEN_IN_CODE.filter(({ pattern }) => pattern.test(scanned)).map(({ name }) => name);
}

test('the scanner itself finds each forbidden pattern (so the checks below can fail)', () => {
  const samples = [
    'fetch("https://x.example")',
    'new XMLHttpRequest()',
    'navigator.sendBeacon(u, d)',
    'new WebSocket(u)',
    'new EventSource(u)',
    'new WebTransport(u)',
    'new RTCPeerConnection()',
    'importScripts("https://x.example/a.js")',
    'await import("https://x.example/a.js")',
    'eval(code)',
    'new Function("return 1")',
    'setTimeout("alert(1)", 0)',
    'document.write(s)',
    'background: url(https://x.example/a.png)',
    '@import "https://x.example/a.css";',
    '<script src="https://x.example/a.js"></script>',
    'new Worker(u)',
  ];
  expect(samples.map((sample) => findForbidden(sample))).toEqual(FORBIDDEN_IN_CODE.map(({ name }) => [name]));
  // Reading a package file by its package URL is allowed in the background only; any other fetch there is not.
  expect(findForbidden('fetch(browser.runtime.getURL(file))', 'background.js')).toEqual([]);
  expect(findForbidden('fetch(browser.runtime.getURL(file))', 'content.js')).toEqual(['fetch()']);
  expect(findForbidden('fetch(browser.runtime.getURL(file)); fetch(url)', 'background.js')).toEqual(['fetch()']);
  expect(findForbidden('fetch(browser.runtime.getURL(file) + "?x=" + data)', 'background.js')).toEqual(['fetch()']);
  // Words that merely look alike are not flagged.
  expect(findForbidden('prefetch(x); evaluate(y); reimport(z); const url = "https://bnf.nice.org.uk/"; xmlns="http://www.w3.org/2000/svg"')).toEqual([]);
});

for (const build of BUILDS) {
  test(`${build} build: no network API, no remote or generated code, no remote resource in any script, page or stylesheet`, () => {
    const dir = distDir(build);
    const files = shippedCode(dir);
    expect(files.map((file) => relative(dir, file))).toEqual(
      expect.arrayContaining(['background.js', 'content.js', 'popup.js', 'options.js', 'popup.html', 'options.html']),
    );
    const found = files
      .filter((file) => !(relative(dir, file) in READER_ALLOWED))
      .flatMap((file) => findForbidden(readFileSync(file, 'utf8'), relative(dir, file)).map((name) => `${relative(dir, file)}: ${name}`));
    expect(found).toEqual([]);
  });

  test(`${build} build: the reader's library files hold only the APIs known to be in them`, () => {
    const dir = distDir(build);
    for (const [file, allowed] of Object.entries(READER_ALLOWED)) {
      expect(findForbidden(readFileSync(join(dir, file), 'utf8')), file).toEqual(allowed);
    }
    // No other file of the reader is code that could run.
    expect(
      shippedCode(join(dir, 'reader'))
        .map((file) => relative(dir, file))
        .sort(),
    ).toEqual(['reader/reader.css', 'reader/reader.html', ...Object.keys(READER_ALLOWED)].sort());
  });

  test(`${build} manifest: MV3, exactly the minimal permissions, host access optional, nothing a web page can connect to`, () => {
    const manifest = JSON.parse(readFileSync(join(distDir(build), 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    // Each is justified in SECURITY.md ("Permissions and why").
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    // No page or other extension may message it, and nothing is injected statically into every site.
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('content_scripts');
    // The MV3 default for extension pages (only the package's own scripts, no eval), plus compiling
    // WebAssembly, which the document reader's OCR needs. Content scripts run under each page's own policy.
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" });
    expect(manifest).not.toHaveProperty('sandbox');
    expect(manifest).not.toHaveProperty('update_url');
    // No file of the package can be loaded by a web page: a loadable file lets any site detect the extension
    // (the readable fonts reach pages as bytes, through the background).
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    const background = manifest.background as Record<string, unknown>;
    expect(background).toEqual(build === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] });
  });
}
