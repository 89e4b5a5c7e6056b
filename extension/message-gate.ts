/**
 * Who may send which message, and the listeners that apply it. Kept apart from the browser API so the
 * checks run in unit tests with made-up senders: a sender is described by the browser, but a message's
 * payload is whatever the other side chose to send, and content scripts live inside untrusted pages.
 */
import { isPlainObject } from '../shared/data/plain-object.js';
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

/** The name of the port extension pages send their requests on (`backgroundPortListener`). */
export const REQUEST_PORT = 'record-access-aids-requests';

/** What an extension page posts on the request port: the request, and a number its answer carries back. */
export interface PortRequest {
  id: number;
  request: Request;
}

/** The background's answer on the request port. */
export type PortAnswer = { id: number; result: unknown } | { id: number; error: string };

/** The parts of `runtime.Port` the request port uses. */
export interface RequestPort {
  name: string;
  sender?: MessageSenderInfo;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  postMessage(message: PortAnswer): void;
  disconnect(): void;
}

/**
 * The background's `runtime.onConnect` listener. Extension pages send requests over a port rather than with
 * `runtime.sendMessage`: when the popup closes while a request is being answered, a port simply disconnects,
 * where a pending `sendMessage` makes Firefox log "Actor 'Conduits' destroyed" (issue #16). Only this
 * extension's own pages may connect, and every request passes the same gate as a message.
 */
export function backgroundPortListener<Result>(self: ExtensionSelf, handle: (request: Request) => Promise<Result>): (port: RequestPort) => void {
  const gate = backgroundMessageListener(self, handle);
  return (port) => {
    const sender = port.sender ?? {};
    if (port.name !== REQUEST_PORT || !isFromExtensionPage(sender, self)) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((raw) => {
      let id: unknown;
      let request: unknown;
      try {
        if (isPlainObject(raw)) {
          id = Object.getOwnPropertyDescriptor(raw, 'id')?.value;
          request = Object.getOwnPropertyDescriptor(raw, 'request')?.value;
        }
      } catch {
        id = undefined;
      }
      // Without a number to answer to, nobody can be waiting for an answer.
      if (typeof id !== 'number' || !Number.isSafeInteger(id)) return;
      const answerId = id;
      void gate(request, sender).then(
        (result) => answer(port, { id: answerId, result }),
        (error: unknown) => answer(port, { id: answerId, error: error instanceof Error ? error.message : MALFORMED_MESSAGE }),
      );
    });
  };
}

function answer(port: RequestPort, message: PortAnswer): void {
  try {
    port.postMessage(message);
  } catch {
    // The page closed before its answer: nobody is waiting for it.
  }
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
