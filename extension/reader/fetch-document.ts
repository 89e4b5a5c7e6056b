/**
 * Gets a document from the web for the reader: only the one address asked for, only from a site the
 * person has already allowed the extension to use (its host access), with that site's own cookies, and
 * never by following a redirect (which could lead to another site). Done in the reader page itself, so
 * the bytes never cross a message channel.
 */
import { browser } from '../browser-api.js';
import { MAX_DOCUMENT_BYTES } from './document-kind.js';
import { documentAddress } from './reader-address.js';

export type FetchFailure = 'bad-address' | 'other-site' | 'not-allowed' | 'failed' | 'too-big';

export class DocumentFetchError extends Error {
  constructor(
    readonly reason: FetchFailure,
    readonly site: string,
    readonly size?: number,
  ) {
    super(`Record Access Aids reader: could not get the document (${reason}).`);
  }
}

/**
 * `fromPage` is the page a link was found on, when it was on another site than the link: such a link is
 * refused before any request.
 */
export async function fetchDocument(raw: string, signal: AbortSignal, fromPage?: string): Promise<{ bytes: Uint8Array; name: string; site: string }> {
  const url = documentAddress(raw);
  if (!url) throw new DocumentFetchError('bad-address', '');
  const site = url.host;
  if (fromPage !== undefined && documentAddress(fromPage)?.origin !== url.origin) throw new DocumentFetchError('other-site', site);
  if (!(await browser.permissions.contains({ origins: [`${url.origin}/*`] }))) throw new DocumentFetchError('not-allowed', site);
  let response: Response;
  try {
    response = await fetch(url.href, { credentials: 'include', redirect: 'error', cache: 'no-store', referrerPolicy: 'no-referrer', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DocumentFetchError('failed', site);
  }
  if (!response.ok || !response.body) throw new DocumentFetchError('failed', site);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_DOCUMENT_BYTES) {
    await response.body.cancel();
    throw new DocumentFetchError('too-big', site, declared);
  }
  // Read in pieces so an endless or oversized body is cut off rather than filling memory.
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_DOCUMENT_BYTES) {
      await reader.cancel();
      throw new DocumentFetchError('too-big', site, total);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  const name = decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? site) || site;
  return { bytes, name, site };
}
