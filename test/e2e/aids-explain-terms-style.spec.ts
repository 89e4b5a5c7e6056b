/// <reference types="chrome" />
/**
 * Explain terms' ::highlight() rules come from a stylesheet the background registers for the sites that
 * have the aid on, so a page loaded with the aid on is never restyled for them (adding such a sheet to a
 * loaded page restyles every element once). A page can read a highlight's style by name, so with the aid
 * off the page must see exactly what it sees without the extension.
 */
import type { Page } from '@playwright/test';
import { DEMO_ORIGIN, DEMO_PORT } from './support/demo-origin.js';
import { expect, test, type LoadedExtension } from './support/extension.js';
import { storeSettings } from './support/settings.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

const TERM_STYLE_ID = 'record-access-aids-first-paint-explain-terms';
const NOTES = '/portal/consultations.html';

/** What a page script can read of the terms' highlight style, by its name. */
const termStyle = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const style = getComputedStyle(document.documentElement, '::highlight(record-access-terms)');
    return `${style.textDecorationLine} ${style.textDecorationStyle} ${style.backgroundColor}`;
  });
const liveSheets = (page: Page): Promise<number> => page.locator('style[data-record-access-aid="explain-terms"]').count();
const ready = (page: Page): Promise<void> =>
  expect(page.locator('div[data-record-access-aid="explain-terms"]')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
const registered = (extension: LoadedExtension): Promise<string[]> =>
  extension.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id).sort());

/** Pixels of the first found term's line with the terms' highlight drawn, and with it taken out of the registry for a moment. */
async function termLineWithAndWithoutHighlight(page: Page): Promise<[Buffer, Buffer]> {
  const box = await page.evaluate(() => {
    const highlight = CSS.highlights.get('record-access-terms');
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    if (!range) throw new Error('no term is highlighted');
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    return { x: Math.max(0, rect.left - 4), y: Math.max(0, rect.top - 4), width: rect.width + 8, height: rect.height + 8 };
  });
  const drawn = await page.screenshot({ clip: box, animations: 'disabled' });
  await page.evaluate(() => {
    const highlight = CSS.highlights.get('record-access-terms');
    (window as unknown as { heldTerms?: Highlight }).heldTerms = highlight;
    CSS.highlights.delete('record-access-terms');
  });
  const plain = await page.screenshot({ clip: box, animations: 'disabled' });
  await page.evaluate(() => {
    const held = (window as unknown as { heldTerms?: Highlight }).heldTerms;
    if (held) CSS.highlights.set('record-access-terms', held);
  });
  return [drawn, plain];
}

test('a page loaded with explain terms on has the terms drawn without adding a stylesheet; with it off, a page sees nothing of them', async ({ extension }) => {
  test.setTimeout(60_000);
  // Off: the page reads the same highlight style as a site the person never allowed.
  await storeSettings(extension, { global: {} });
  const notAllowed = await extension.context.newPage();
  await notAllowed.goto(`http://localhost:${DEMO_PORT}${NOTES}`);
  const withoutExtension = await termStyle(notAllowed);
  expect(withoutExtension).toBe('none solid rgba(0, 0, 0, 0)');
  const page = await extension.context.newPage();
  await page.goto(`${DEMO_ORIGIN}${NOTES}`);
  await page.waitForTimeout(500);
  expect(await termStyle(page), 'an allowed site with the aid off').toBe(withoutExtension);
  expect(await registered(extension)).not.toContain(TERM_STYLE_ID);

  // On: the background registers the rules for the allowed sites; a page loaded now has them from the start.
  await storeSettings(extension, { global: { explainTerms: true } });
  await expect.poll(() => registered(extension)).toContain(TERM_STYLE_ID);
  await page.reload();
  await ready(page);
  expect(await termStyle(page)).toContain('dotted');
  expect(await liveSheets(page), 'no stylesheet added to the loaded page').toBe(0);
  const [drawn, plain] = await termLineWithAndWithoutHighlight(page);
  expect(drawn.equals(plain), 'the term is underlined and tinted, in pixels').toBe(false);

  // Off and on again in the same page: the terms go and come back, still without a stylesheet added.
  await storeSettings(extension, { global: {} });
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  await expect.poll(() => registered(extension)).not.toContain(TERM_STYLE_ID);
  await storeSettings(extension, { global: { explainTerms: true } });
  await ready(page);
  expect(await liveSheets(page)).toBe(0);
  await page.reload();
  await ready(page);
  expect(await liveSheets(page)).toBe(0);

  // Off again, and a page loaded now is as before: nothing of the rules.
  await storeSettings(extension, { global: {} });
  await expect.poll(() => registered(extension)).not.toContain(TERM_STYLE_ID);
  await page.reload();
  await page.waitForTimeout(500);
  expect(await termStyle(page)).toBe(withoutExtension);
});

test('switched on in a page loaded without it, or loaded before the registration caught up, the aid adds the rules itself', async ({ extension }) => {
  test.setTimeout(60_000);
  await storeSettings(extension, { global: {} });
  const page = await extension.context.newPage();
  await page.goto(`${DEMO_ORIGIN}${NOTES}`);
  await storeSettings(extension, { global: { explainTerms: true } });
  await ready(page);
  expect(await liveSheets(page)).toBe(1);
  const [drawn, plain] = await termLineWithAndWithoutHighlight(page);
  expect(drawn.equals(plain), 'the term is underlined and tinted, in pixels').toBe(false);
  await storeSettings(extension, { global: {} });
  await expect.poll(() => liveSheets(page)).toBe(0);
  expect(await termStyle(page)).toBe('none solid rgba(0, 0, 0, 0)');

  // Control for the first test's "no stylesheet added": without the registered sheet (as in a page that
  // loaded just before the background registered it), the same load does add one, and draws the terms.
  await storeSettings(extension, { global: { explainTerms: true } });
  await expect.poll(() => registered(extension)).toContain(TERM_STYLE_ID);
  await extension.worker.evaluate((id) => chrome.scripting.unregisterContentScripts({ ids: [id] }), TERM_STYLE_ID);
  await page.reload();
  await ready(page);
  await expect.poll(() => liveSheets(page)).toBe(1);
  expect(await termStyle(page)).toContain('dotted');
});
