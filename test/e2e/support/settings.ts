/// <reference types="chrome" />
/** Reads and writes the extension's stored settings from its background, as a user's earlier choices would be. */
import type { Page } from '@playwright/test';
import type { LoadedExtension } from './extension.js';
import { DEMO_ORIGIN } from './demo-origin.js';

export const PORTAL_PAGES = [
  '/portal/',
  '/portal/medicines.html',
  '/portal/allergies.html',
  '/portal/results.html',
  '/portal/consultations.html',
  '/portal/documents.html',
  '/portal/app.html',
];

/** Stores settings in storage.sync, where the extension keeps them; the content script follows at once. */
export async function storeSettings(extension: LoadedExtension, values: { global?: Record<string, unknown>; sites?: Record<string, unknown> }): Promise<void> {
  await extension.worker.evaluate((stored) => chrome.storage.sync.set({ settings: stored }), { version: 2, values: { sites: {}, ...values } });
}

export async function storedSettings(extension: LoadedExtension): Promise<unknown> {
  return (await extension.worker.evaluate(() => chrome.storage.sync.get('settings'))).settings;
}

export const bodyBackground = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
export const aidElementCount = (page: Page): Promise<number> => page.locator('[data-record-access-aid]').count();

/**
 * How many faces of the font `family` the page has loaded, from bytes (none until the background has sent them:
 * the readable-font rule goes in first, and the faces follow). Poll it.
 */
export const loadedFontFaces = (page: Page, family: string): Promise<number> =>
  page.evaluate(async (name) => (await document.fonts.load(`16px "${name}"`)).length, family);

export async function openPortal(extension: LoadedExtension, path = '/portal/'): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`${DEMO_ORIGIN}${path}`);
  return page;
}
