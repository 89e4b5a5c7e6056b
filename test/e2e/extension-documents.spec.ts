/// <reference types="chrome" />
/**
 * Documents that are not ordinary web pages, on a site the person allowed (issue #19): an XML file (in the
 * browser's XML viewer), a standalone SVG picture, and a page that replaces itself with document.open()
 * after load. In XML and SVG the aids add nothing (before, each read-aloud start left a bar that Stop and
 * "aids off" could not remove, and style rules showed as text) and read-aloud answers why, for the popup;
 * after document.open() the aids come back on the new document without waiting for a setting to change.
 */
import type { Page } from '@playwright/test';
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, test } from './support/extension.js';
import { sendReadAloud } from './support/read-aloud.js';
import { storeSettings } from './support/settings.js';
import { EVERY_AID_ON } from '../../extension/aid-catalogue.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

const EVERY_AID = { ...EVERY_AID_ON, textSize: 150 };

/** The document as markup, and how many elements anywhere carry the aids' marks. */
const snapshot = (page: Page) =>
  page.evaluate(() => ({
    markup: new XMLSerializer().serializeToString(document),
    marked: document.querySelectorAll('[data-record-access-aid], [data-record-access-aids-read-aloud], [data-record-access-aids-first-paint]').length,
  }));

for (const path of ['/hostile/ext-record.xml', '/hostile/ext-chart.svg']) {
  test(`${path}: with every aid on and read-aloud asked for twice, nothing is added, and read-aloud says the aids do not work on this kind of page`, async ({
    extension,
  }) => {
    await storeSettings(extension, { global: EVERY_AID });
    const page = await extension.context.newPage();
    const url = `${DEMO_ORIGIN}${path}`;
    await page.goto(url);
    const before = await snapshot(page);
    expect(await sendReadAloud(extension, url, 'read-main')).toEqual({ ok: false, refusal: 'not-a-web-page' });
    expect(await sendReadAloud(extension, url, 'read-main')).toEqual({ ok: false, refusal: 'not-a-web-page' });
    await page.waitForTimeout(500);
    const after = await snapshot(page);
    expect(after.marked, 'no element of the aids').toBe(0);
    expect(after.markup, 'the document is as the site sent it').toBe(before.markup);
    // Aids switched off and on again change nothing either.
    await storeSettings(extension, { global: {} });
    await storeSettings(extension, { global: EVERY_AID });
    await page.waitForTimeout(300);
    expect((await snapshot(page)).markup).toBe(before.markup);
  });
}

test('a page that replaces itself with document.open() after load gets its aids back on the new document', async ({ extension }) => {
  await storeSettings(extension, { global: { textSize: 150, underlineLinks: true } });
  const page = await extension.context.newPage();
  await page.goto(`${DEMO_ORIGIN}/hostile/ext-document-open.html`);
  await expect(page.locator('#rewritten')).toHaveText('Paracetamol 500mg PRN, two tablets.');
  await expect(page).toHaveTitle('After (fictional portal page)');
  // The text-size aid's stylesheet is back, and the new text is drawn at 150%.
  await expect(page.locator('style[data-record-access-aid]').first()).toBeAttached();
  await expect
    .poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#rewritten') as Element).fontSize)))
    .toBeGreaterThanOrEqual(23);
  // And it is still undone by switching the aids off.
  await storeSettings(extension, { global: {} });
  await expect(page.locator('[data-record-access-aid]')).toHaveCount(0);
});
