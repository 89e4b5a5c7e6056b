/// <reference types="chrome" />
/**
 * "Open in the reader" on a link's context menu, end to end. Automation cannot open the browser's own
 * context menu, so the click is delivered the way the browser delivers it: through the real
 * `chrome.contextMenus.onClicked` event in the extension's background, with the OnClickData and the tab
 * the browser would pass (`onClicked.dispatch`). Everything after that is the shipped code: the background's
 * handler opens the reader tab, and the reader fetches the document.
 */
import type { Page } from '@playwright/test';
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, test, type LoadedExtension } from './support/extension.js';
import { settled } from './support/reader.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

const MENU_ID = 'record-access-aids-open-in-reader';
const PORTAL = `${DEMO_ORIGIN}/portal/documents.html`;
const DOCUMENT = `${DEMO_ORIGIN}/portal/documents/clinic-letter.pdf`;
/** The same server by another name: a site the test extension was not allowed. */
const OTHER_ORIGIN = DEMO_ORIGIN.replace('127.0.0.1', 'localhost');

/**
 * Right-click → "Open in the reader" on the link `linkUrl` in `page`: dispatches the browser's click event
 * with the OnClickData fields Chrome fills in for a link, and the page's real tab. Returns the tab opened.
 */
async function clickMenu(extension: LoadedExtension, page: Page, linkUrl: string, menuItemId = MENU_ID): Promise<Page | undefined> {
  // The page's tab is the active one, as it is when the person right-clicks in it (found that way, as the
  // extension may not read the address of a tab on a site it was not allowed).
  await page.bringToFront();
  const opened = extension.context.waitForEvent('page', { timeout: 5_000 }).catch(() => undefined);
  await extension.worker.evaluate(
    async ({ pageUrl, linkUrl, menuItemId }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab) throw new Error(`No active tab for ${pageUrl}`);
      const info: chrome.contextMenus.OnClickData = { menuItemId, editable: false, linkUrl, pageUrl, frameId: 0 };
      (chrome.contextMenus.onClicked as unknown as { dispatch(info: chrome.contextMenus.OnClickData, tab: chrome.tabs.Tab): void }).dispatch(info, tab);
    },
    { pageUrl: page.url(), linkUrl, menuItemId },
  );
  return opened;
}

test('on an allowed portal page, the menu on a document link opens the reader next to the page, which fetches only that document', async ({ extension }) => {
  const portal = await extension.context.newPage();
  await portal.goto(PORTAL);
  const link = portal.getByRole('link', { name: 'Letter from diabetes clinic' });
  expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(DOCUMENT);
  const requests: string[] = [];
  extension.context.on('request', (request) => requests.push(request.url()));
  const reader = await clickMenu(extension, portal, DOCUMENT);
  if (!reader) throw new Error('The menu click opened no tab.');
  expect(reader.url()).toBe(extension.url(`reader/reader.html?src=${encodeURIComponent(DOCUMENT)}`));
  expect(await settled(reader)).toBe('ready');
  await expect(reader.locator('#doc-title')).toHaveText('clinic-letter.pdf');
  await expect(reader.locator('#document-text')).toContainText('Morgan Trial');
  // The new tab sits right after the portal page.
  const [portalIndex, readerIndex] = await extension.worker.evaluate(
    async (urls) => Promise.all(urls.map(async (url) => (await chrome.tabs.query({ url }))[0]?.index)),
    [PORTAL, reader.url()],
  );
  expect(readerIndex).toBe((portalIndex ?? -2) + 1);
  // One request outside the extension: the document, once. Under load the context's request event for the new
  // tab's first fetch was once missed (the tab attached late), so the reader page's own Resource Timing is read too.
  const fetchedByReader = await reader.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  const outside = [...requests, ...fetchedByReader.filter((url) => !requests.includes(url))].filter(
    (url) => !url.startsWith(`chrome-extension://${extension.id}/`),
  );
  expect(outside).toEqual([DOCUMENT]);
});

test('a link to another site, a page on a site not allowed, and another menu item: nothing is fetched', async ({ extension }) => {
  const requests: string[] = [];
  const portal = await extension.context.newPage();
  await portal.goto(PORTAL);
  extension.context.on('request', (request) => requests.push(request.url()));

  // A link on the allowed portal to another site: the reader opens and says why it will not get it.
  const elsewhere = `${OTHER_ORIGIN}/portal/documents/clinic-letter.pdf`;
  const toOtherSite = await clickMenu(extension, portal, elsewhere);
  if (!toOtherSite) throw new Error('The menu click opened no tab.');
  expect(await settled(toOtherSite)).toBe('error');
  await expect(toOtherSite.getByRole('alert')).toContainText('only gets documents from the site you are on');

  // A page on a site the person has not allowed: its own link is not fetched either.
  const notAllowed = await extension.context.newPage();
  await notAllowed.goto(`${OTHER_ORIGIN}/portal/documents.html`);
  requests.length = 0;
  const onOtherSite = await clickMenu(extension, notAllowed, elsewhere);
  if (!onOtherSite) throw new Error('The menu click opened no tab.');
  expect(await settled(onOtherSite)).toBe('error');
  await expect(onOtherSite.getByRole('alert')).toContainText('only get documents from sites you have allowed');

  // Another extension's or another menu's click is not ours: no tab opens.
  expect(await clickMenu(extension, portal, DOCUMENT, 'some-other-item')).toBeUndefined();
  expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extension.id}/`))).toEqual([]);
});
