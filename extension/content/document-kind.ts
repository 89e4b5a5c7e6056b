/**
 * Which documents the aids can work in. They are built for web pages: HTML (and XHTML, whose elements
 * are HTML too). In an XML file, a standalone SVG picture or the browser's XML viewer, an element the
 * content script makes is not an HTML element: a style element's rules show as text, a shadow root cannot
 * be attached, and what was added could not be removed again. So in those documents the content script
 * does nothing, and read-aloud answers that the aids do not work on this kind of page.
 */

/** The content types of documents the aids work in. */
const WEB_PAGE_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

export function isWebPage(doc: Document): boolean {
  return WEB_PAGE_TYPES.has(doc.contentType);
}

/**
 * Calls `onReplaced` when the page replaces its whole document in place (`document.open()` after load,
 * then `document.write`): that removes every node the aids added, and the listeners they put on the
 * document and window, while this script keeps running. Only the document's own children are watched,
 * which costs nothing while the page works normally. Stops when `signal` aborts.
 */
export function watchForReplacedDocument(doc: Document, onReplaced: () => void, signal: AbortSignal): void {
  // At document_start the parser may not have made the root yet: its first root is not a replacement.
  let root = doc.documentElement;
  let hadRoot = root !== null;
  const observer = new MutationObserver(() => {
    const now = doc.documentElement;
    if (now === root) return;
    root = now;
    // document.open() empties the document; the page's document.write then gives it a new root.
    if (now !== null && hadRoot) onReplaced();
    if (now !== null) hadRoot = true;
  });
  observer.observe(doc, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
