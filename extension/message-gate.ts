/**
 * Who may send which message, and the listeners that apply it. Kept apart from the browser API so the
 * checks run in unit tests with made-up senders: a sender is described by the browser, but a message's
 * payload is whatever the other side chose to send, and content scripts live inside untrusted pages.
 */
import { parseReadAloudTabMessage, parseRequest, type ReadAloudOutcome, type ReadAloudTabMessage, type Request } from './messages.js';

/** The fields of `runtime.MessageSender` the checks read (every one optional, as the browser gives them). */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

/** This extension, as the receiving side sees itself. */
export interface ExtensionSelf {
  id: string;
  /** `runtime.getURL('')`: chrome-extension://<id>/ or moz-extension://<uuid>/ */
  baseUrl: string;
}

/**
 * True only for this extension's own pages (popup, options): same extension id, a URL inside the
 * extension and, where the browser gives one, the extension's origin. A content script's messages carry
 * the web page's URL, and other extensions' carry another id, so both are refused. Compared as text
 * against `runtime.getURL('')` (which ends in "/"), because browsers differ in how `new URL()` reports
 * the origin of an extension URL.
 */
export function isFromExtensionPage(sender: MessageSenderInfo, self: ExtensionSelf): boolean {
  if (!self.baseUrl.endsWith('/') || sender.id !== self.id || typeof sender.url !== 'string') return false;
  if (!sender.url.startsWith(self.baseUrl)) return false;
  return sender.origin === undefined || `${sender.origin}/` === self.baseUrl;
}

/**
 * True only for messages a tab's content script should obey: from this extension, and not from a tab
 * (the background and the popup have no `tab`; another tab's content script would).
 */
export function isFromExtensionContext(sender: MessageSenderInfo, self: Pick<ExtensionSelf, 'id'>): boolean {
  return sender.id === self.id && sender.tab === undefined;
}

export const REFUSED_SENDER = 'Record Access Aids: messages are accepted only from the extension’s own pages.';
export const MALFORMED_MESSAGE = 'Record Access Aids: malformed message.';

/**
 * The background's `runtime.onMessage` listener: refuses other senders and malformed payloads with a
 * rejected promise (the sender sees an error, nothing is changed), and hands valid requests to `handle`.
 * It never throws, whatever arrives.
 */
export function backgroundMessageListener<Result>(
  self: ExtensionSelf,
  handle: (request: Request) => Promise<Result>,
): (raw: unknown, sender: MessageSenderInfo) => Promise<Result> {
  return (raw, sender) => {
    let request: Request | undefined;
    try {
      // The sender first: our own pages may ask for anything. Our content scripts (this extension's id; web
      // pages cannot message the extension) may ask only for the bundled font files, which are public and change nothing.
      const fromOurPage = isFromExtensionPage(sender, self);
      if (!fromOurPage && sender.id !== self.id) return Promise.reject(new Error(REFUSED_SENDER));
      request = parseRequest(raw);
      if (!fromOurPage && request !== undefined && request.type !== 'fonts/get') return Promise.reject(new Error(REFUSED_SENDER));
    } catch {
      request = undefined;
    }
    if (!request) return Promise.reject(new Error(MALFORMED_MESSAGE));
    return handle(request);
  };
}

/**
 * The content script's `runtime.onMessage` listener: answers read-aloud commands from the extension
 * only. Anything else gets no answer at all (undefined), so a page learns nothing from it.
 */
export function tabMessageListener(
  self: Pick<ExtensionSelf, 'id'>,
  run: (message: ReadAloudTabMessage) => ReadAloudOutcome,
): (raw: unknown, sender: MessageSenderInfo) => Promise<ReadAloudOutcome> | undefined {
  return (raw, sender) => {
    let message: ReadAloudTabMessage | undefined;
    try {
      message = isFromExtensionContext(sender, self) ? parseReadAloudTabMessage(raw) : undefined;
    } catch {
      message = undefined;
    }
    return message ? Promise.resolve(run(message)) : undefined;
  };
}
