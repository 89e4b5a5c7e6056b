/**
 * Match patterns for a site the user allows, built one way for every place an origin becomes a pattern
 * (the permission request, permission checks, content-script and first-paint registrations).
 *
 * Browsers differ on ports. Chrome's patterns may name one (`http://127.0.0.1:9301/*` matches that port
 * only; with none, every port). Firefox's may not: a pattern with a port matches nothing there, so a site
 * on a non-default port (a local portal, the demo) would lose its aids after the first page. In Firefox
 * the pattern leaves the port out and so covers every port of that host; the aids still follow each
 * origin's own settings, because the content script looks them up by the page's full origin.
 */
export type PatternDialect = 'chrome' | 'firefox';

/** The pattern for every page of `origin` ("https://host[:port]"); undefined for anything but http(s). */
export function originPattern(origin: string, dialect: PatternDialect): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // `host` keeps a non-default port, `hostname` never has one; both keep IPv6 brackets.
  return `${url.protocol}//${dialect === 'firefox' ? url.hostname : url.host}/*`;
}

/**
 * Which dialect this browser speaks, from the extension's own address (moz-extension: in Firefox).
 * `extensionBaseUrl` is `browser.runtime.getURL('')`.
 */
export function patternDialect(extensionBaseUrl: string): PatternDialect {
  return extensionBaseUrl.startsWith('moz-extension:') ? 'firefox' : 'chrome';
}
