/// <reference types="chrome" />
/**
 * A page loaded with high contrast on keeps the first-paint stylesheet as its base rules: the aid adds
 * only the rules derived from the page's own stylesheets, so the page is not restyled at the end of its
 * load to swap one copy of the base rules for another. The sheet is retired when the theme changes away;
 * if it is missing (the page loaded just before the background registered it), the aid adds the rules.
 */
import type { Page } from '@playwright/test';
import { expect, test, type LoadedExtension } from './support/extension.js';
import { bodyBackground, openPortal, storeSettings } from './support/settings.js';

const FIRST_PAINT_DARK = 'record-access-aids-first-paint-dark';
const retired = (page: Page): Promise<string | null> => page.evaluate(() => document.documentElement.getAttribute('data-record-access-aids-first-paint'));
const liveBaseRules = (page: Page): Promise<number> => page.locator('style[data-record-access-aid="colour-theme-base"]').count();
const registered = (extension: LoadedExtension): Promise<string[]> =>
  extension.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id).sort());
/** The background the page's selected text would get (the first-paint sheet leaves the selection colours to the aid). */
const selectionBackground = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.querySelector('main p') ?? document.body, '::selection').backgroundColor);
/** After the load, a frame and a task: when the aid checks for the first-paint sheet. */
const checked = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(resolve), 50))));

test('a page loaded with high contrast on keeps the first-paint rules, retires them only when the theme changes, and adds its own if they are missing', async ({
  extension,
}) => {
  test.setTimeout(60_000);
  const unthemed = await openPortal(extension, '/portal/results.html');
  const pageSelection = await selectionBackground(unthemed);
  await unthemed.close();
  await storeSettings(extension, { global: { colourTheme: 'dark' } });
  await expect.poll(() => registered(extension)).toContain(FIRST_PAINT_DARK);
  const page = await openPortal(extension, '/portal/results.html');
  await expect(page.locator('style[data-record-access-aid="colour-theme"]')).toBeAttached();
  await checked(page);
  expect(await bodyBackground(page)).toBe('rgb(0, 0, 0)');
  // The old code added the base rules live and retired the first-paint copy here, restyling the page.
  expect(await retired(page), 'the first-paint sheet is kept').toBeNull();
  expect(await liveBaseRules(page), 'no second copy of the base rules').toBe(0);
  // The selection colours come from the aid's own bare rule, not the first-paint sheet.
  expect(await selectionBackground(page)).toBe('rgb(255, 255, 0)');

  // Light, live: the dark sheet is retired and the light rules are added by the aid.
  await storeSettings(extension, { global: { colourTheme: 'light' } });
  await expect.poll(() => bodyBackground(page)).toBe('rgb(255, 255, 255)');
  expect(await retired(page)).toBe('retired');
  expect(await liveBaseRules(page)).toBe(1);
  expect(await selectionBackground(page)).toBe('rgb(0, 0, 139)');
  // Off: nothing of either theme is left.
  await storeSettings(extension, { global: {} });
  await expect.poll(() => bodyBackground(page)).toBe('rgb(244, 246, 248)');
  expect(await selectionBackground(page)).toBe(pageSelection);

  // Missing: a load that beat the registration gets the base rules from the aid once the page has loaded.
  await storeSettings(extension, { global: { colourTheme: 'dark' } });
  await expect.poll(() => registered(extension)).toContain(FIRST_PAINT_DARK);
  await extension.worker.evaluate((id) => chrome.scripting.unregisterContentScripts({ ids: [id] }), FIRST_PAINT_DARK);
  await page.reload();
  await checked(page);
  await expect.poll(() => liveBaseRules(page)).toBe(1);
  expect(await bodyBackground(page)).toBe('rgb(0, 0, 0)');
  expect(await retired(page)).toBeNull();
});
