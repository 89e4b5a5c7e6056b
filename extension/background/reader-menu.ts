/**
 * "Open in the reader" on a link's context menu (the `contextMenus` permission). A click opens the
 * reader page for that link, if the link is on the same site as the page and the person has allowed
 * that site; the reader page itself then fetches the document. Nothing is fetched here.
 */
import { browser } from '../browser-api.js';
import { linkToOpen, readerPageFor } from '../reader/reader-address.js';

export const READER_MENU_ID = 'record-access-aids-open-in-reader';
const MENU_TITLE = 'Open in the Record Access Aids reader';

export function installReaderMenu(): void {
  // Menus persist across restarts of the background, so they are created once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus
      .remove(READER_MENU_ID)
      .catch(() => undefined)
      .finally(() => {
        browser.contextMenus.create({ id: READER_MENU_ID, title: MENU_TITLE, contexts: ['link'], targetUrlPatterns: ['https://*/*', 'http://*/*'] });
      });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READER_MENU_ID) return;
    void openLink(info.linkUrl, info.pageUrl ?? tab?.url, tab?.index).catch((error: unknown) =>
      console.error('Record Access Aids: could not open the reader.', error),
    );
  });
}

/**
 * Opens the reader for the link. A link to another site, or to a site not allowed, still opens the
 * reader, which then says why it will not get the document (and makes no request).
 */
async function openLink(linkUrl: string | undefined, pageUrl: string | undefined, index: number | undefined): Promise<void> {
  if (!linkUrl) return;
  const sameSite = linkToOpen(linkUrl, pageUrl) !== undefined;
  const url = readerPageFor(browser.runtime.getURL(''), linkUrl, sameSite ? undefined : pageUrl);
  await browser.tabs.create({ url, ...(index === undefined ? {} : { index: index + 1 }) });
}
