/// <reference types="chrome" />
/**
 * The extension makes no network request. With every aid on, every demo portal page visited, read-aloud
 * started and stopped, and the popup and options pages opened, every request the browser reports is
 * either the demo page's own (to its own origin) or a load from the extension's package.
 *
 * Two independent recorders: the browser context's request events (pages, frames and service workers),
 * and the background service worker's own Resource Timing entries. A control request made from the
 * service worker proves both recorders see what the background does.
 */
import type { Request } from '@playwright/test';
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, test } from './support/extension.js';
import { fixture, settled } from './support/reader.js';
import { loadedFontFaces, PORTAL_PAGES, storeSettings } from './support/settings.js';
import { EVERY_AID_ON } from '../../extension/aid-catalogue.js';

/** Every aid on, from the aids' declarations (extension/aid-catalogue.ts). */
const EVERY_AID = { ...EVERY_AID_ON, readableFont: 'atkinson' };

const CONTROL_URL = `${DEMO_ORIGIN}/portal/?network-control`;
const READER_DOCUMENT = `${DEMO_ORIGIN}/portal/documents/clinic-letter.pdf`;

interface Seen {
  url: string;
  /** Who made it: a page or frame (by its URL), or the service worker. */
  by: string;
}

test('no network request is made by the extension: only the pages’ own requests and loads from the extension package', async ({ extension }) => {
  test.setTimeout(150_000);
  const seen: Seen[] = [];
  const record = (request: Request): void => {
    const worker = request.serviceWorker();
    let by = 'unknown';
    if (worker) by = `service worker ${worker.url()}`;
    else if (request.isNavigationRequest()) by = request.url();
    else {
      try {
        by = request.frame().url();
      } catch {
        // A request with no frame (e.g. a worker's) keeps 'unknown', which the checks below refuse.
      }
    }
    seen.push({ url: request.url(), by });
  };
  extension.context.on('request', record);
  const extensionOrigin = `chrome-extension://${extension.id}`;

  // The control: a request the background makes must be seen by both recorders.
  // Its body is read to the end: Resource Timing records a load only once the response has finished.
  await extension.worker.evaluate(async (url) => {
    await (await fetch(url)).text();
  }, CONTROL_URL);
  await expect.poll(() => seen.some((s) => s.url === CONTROL_URL && s.by.startsWith('service worker'))).toBe(true);

  await storeSettings(extension, { global: EVERY_AID });
  const portal = await extension.context.newPage();
  for (const path of PORTAL_PAGES) {
    await portal.goto(`${DEMO_ORIGIN}${path}`);
    await expect(portal.locator('[data-record-access-aid="explain-terms"]:not(style)')).toHaveAttribute('data-state', 'ready');
    // The bundled font is really in use (its bytes come from the package through the background, not the web).
    await expect.poll(() => loadedFontFaces(portal, 'Record Access Aids Atkinson Hyperlegible'), { message: path }).toBeGreaterThan(0);
    // Everything the page loaded, as the page itself saw it.
    const loaded = await portal.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(
      loaded.filter((url) => !url.startsWith(`${DEMO_ORIGIN}/`)),
      path,
    ).toEqual([]);
  }

  // Read aloud, through the popup's own code path: popup -> background -> content script.
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  await portal.bringToFront();
  await popup.reload();
  const tabId = await popup.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, portal.url());
  expect(await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'readAloud/run', tabId: id, command: 'read-main' }), tabId)).toEqual({ ok: true });
  await expect(portal.locator('[data-record-access-aids-read-aloud]')).toHaveCount(1);
  expect(await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'readAloud/run', tabId: id, command: 'stop' }), tabId)).toEqual({ ok: true });

  const options = await extension.context.newPage();
  await options.goto(extension.url('options.html'));
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  await options.waitForTimeout(1_000);

  // The document reader: a PDF from the allowed portal (the one request it may make), then a scan read
  // with OCR (tesseract's worker, core and language data must all come from the package, not a CDN).
  const reader = await extension.context.newPage();
  await reader.goto(extension.url(`reader/reader.html?src=${encodeURIComponent(READER_DOCUMENT)}`));
  expect(await settled(reader)).toBe('ready');
  await reader.locator('#file').setInputFiles(fixture('clinic-letter-scan-150dpi.png'));
  expect(await settled(reader, 80_000)).toBe('ready');
  await expect(reader.locator('#document-text .page-notice-picture')).toBeVisible();
  const ocrFiles = seen.filter((s) => s.url.startsWith(`${extensionOrigin}/reader/ocr/`)).map((s) => new URL(s.url).pathname);
  expect(ocrFiles, 'the OCR worker, core and language data load from the package').toEqual(
    expect.arrayContaining(['/reader/ocr/worker.min.js', '/reader/ocr/tesseract-core-simd-lstm.wasm.js', '/reader/ocr/lang/eng.traineddata.gz']),
  );

  const workerLoads = await extension.worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect(workerLoads, 'the control request is in the worker’s own record').toContain(CONTROL_URL);
  expect(workerLoads.filter((url) => url !== CONTROL_URL && !url.startsWith(`${extensionOrigin}/`))).toEqual([]);

  // A dedicated worker's requests have no frame ('unknown'): only the reader's OCR and PDF workers exist.
  const fromExtension = seen.filter(
    (s) => s.url !== CONTROL_URL && (s.by.startsWith('service worker') || s.by.startsWith(extensionOrigin) || s.by === 'unknown'),
  );
  // The recorder sees the extension pages' own loads too.
  expect(fromExtension.map((s) => s.url)).toEqual(expect.arrayContaining([extension.url('popup.js'), extension.url('options.js')]));
  // The one request an extension page makes: the reader getting the document the person asked for, from the allowed site.
  // (The reader's blob: of the opened picture is not network.)
  const offPackage = fromExtension.filter((s) => !s.url.startsWith(`${extensionOrigin}/`) && !s.url.startsWith(`blob:${extensionOrigin}/`));
  expect(offPackage, 'requests by extension pages or the background').toEqual([
    { url: READER_DOCUMENT, by: extension.url(`reader/reader.html?src=${encodeURIComponent(READER_DOCUMENT)}`) },
  ]);
  const fromPages = seen.filter((s) => !fromExtension.includes(s) && s.url !== CONTROL_URL);
  expect(fromPages.length).toBeGreaterThan(PORTAL_PAGES.length);
  expect(
    fromPages.filter((s) => !(s.by.startsWith(`${DEMO_ORIGIN}/`) && (s.url.startsWith(`${DEMO_ORIGIN}/`) || s.url.startsWith('data:')))),
    'requests by web pages go to their own origin (never to the extension package)',
  ).toEqual([]);
});
