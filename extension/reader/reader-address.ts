/**
 * Addresses for opening the reader, shared by the popup and the context menu (pure: no browser API).
 * The reader only ever fetches a document from the site the person is on, and only one they have allowed.
 */

/** The reader page's path inside the extension. */
export const READER_PAGE = 'reader/reader.html';

/** The reader page for a document address (`base` is runtime.getURL('')). */
export function readerPageFor(base: string, documentUrl?: string, fromPage?: string): string {
  if (documentUrl === undefined) return `${base}${READER_PAGE}`;
  const from = fromPage === undefined ? '' : `&from=${encodeURIComponent(fromPage)}`;
  return `${base}${READER_PAGE}?src=${encodeURIComponent(documentUrl)}${from}`;
}

/** True when a tab's address looks like a document the reader opens (by the end of its path). */
export function looksLikeDocument(url: string): boolean {
  try {
    const { protocol, pathname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && /\.(?:pdf|png|jpe?g)$/i.test(pathname);
  } catch {
    return false;
  }
}

/**
 * The document a context-menu click on a link should open: the link's address when it is on the same
 * site (origin) as the page it was clicked on, and http or https; undefined otherwise (a link to another
 * site is never fetched, even if that site is also allowed).
 */
export function linkToOpen(linkUrl: string | undefined, pageUrl: string | undefined): URL | undefined {
  if (!linkUrl || !pageUrl) return undefined;
  try {
    const link = new URL(linkUrl);
    const page = new URL(pageUrl);
    if (link.protocol !== 'https:' && link.protocol !== 'http:') return undefined;
    return link.origin === page.origin ? link : undefined;
  } catch {
    return undefined;
  }
}

/** The address as a URL if the reader may ever fetch it (http or https, no user name or password in it). */
export function documentAddress(raw: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url;
}
