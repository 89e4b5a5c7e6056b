/// <reference types="chrome" />
/**
 * A page the aids run on cannot find the extension's address anywhere it can look, so neither it nor any
 * other site can load a file of the package to detect the extension (or, in Firefox, whose address is fixed
 * per installation, follow the person across sites). Every aid is on, including the readable font, with
 * read-aloud's bar and the explain-terms panel showing.
 *
 * The control: on today's main, the readable font put chrome-extension://<id>/fonts/... into a <style> in
 * the page, and this test found it there.
 */
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, test } from './support/extension.js';
import { loadedFontFaces, storeSettings } from './support/settings.js';
import { EVERY_AID_ON } from '../../extension/aid-catalogue.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

/** Every aid on, from the aids' declarations (extension/aid-catalogue.ts). */
const EVERY_AID = { ...EVERY_AID_ON, textSize: 150 };

/** Everything a page script can read that could hold a URL: markup, open shadow roots, every stylesheet, resource timing. */
function everythingThePageCanRead(): string {
  const parts: string[] = [document.documentElement.outerHTML];
  const roots: (Document | ShadowRoot)[] = [document];
  for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  for (const root of roots) {
    if (root instanceof ShadowRoot) parts.push(root.innerHTML);
    for (const sheet of [...root.styleSheets, ...root.adoptedStyleSheets]) {
      try {
        for (const rule of sheet.cssRules) parts.push(rule.cssText);
      } catch {
        parts.push(`unreadable sheet ${sheet.href ?? ''}`);
      }
    }
  }
  for (const element of document.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    parts.push(style.fontFamily, style.backgroundImage, style.cursor, style.listStyleImage, style.content);
  }
  parts.push(...performance.getEntriesByType('resource').map((entry) => entry.name));
  return parts.join('\n');
}

test('no extension URL is anywhere a page can read, with every aid on, read-aloud and the glossary showing', async ({ extension }) => {
  test.setTimeout(60_000);
  await storeSettings(extension, { global: EVERY_AID });
  const page = await extension.context.newPage();
  await page.goto(`${DEMO_ORIGIN}/portal/medicines.html`);
  await expect(page.locator('[data-record-access-aid="explain-terms"]:not(style)')).toHaveAttribute('data-state', 'ready');
  // The readable font is really on the page, from bytes: the family resolves to a loaded face.
  await expect.poll(() => loadedFontFaces(page, 'Record Access Aids OpenDyslexic')).toBeGreaterThan(0);
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p') ?? document.body).fontFamily)).toContain(
    'Record Access Aids OpenDyslexic',
  );

  await extension.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'readAloud/tab', command: 'read-main', focusBar: false });
  }, page.url());
  await expect(page.locator('[data-record-access-aids-read-aloud]')).toHaveCount(1);

  const readable = await page.evaluate(everythingThePageCanRead);
  expect(readable.length).toBeGreaterThan(1000);
  expect(readable).not.toContain('chrome-extension:');
  expect(readable).not.toContain(extension.id);

  // And the package itself cannot be loaded by the page, by its id.
  const loaded = await page.evaluate(
    (id) =>
      fetch(`chrome-extension://${id}/fonts/opendyslexic-latin-400-normal.woff2`).then(
        () => 'loaded',
        () => 'refused',
      ),
    extension.id,
  );
  expect(loaded).toBe('refused');
});
