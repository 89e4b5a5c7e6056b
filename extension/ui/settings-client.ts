import type { Runtime } from 'webextension-polyfill';
import { browser } from '../browser-api.js';
import { REQUEST_PORT, type PortAnswer, type PortRequest } from '../message-gate.js';
import type { Request, ResponseTo } from '../messages.js';

interface Waiting {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/** One port per page to the background, opened on first use and again after the background has gone to sleep. */
let port: Runtime.Port | undefined;
const waiting = new Map<number, Waiting>();
let lastId = 0;

function connection(): Runtime.Port {
  if (port) return port;
  const opened = browser.runtime.connect({ name: REQUEST_PORT });
  opened.onMessage.addListener((message: unknown) => {
    const answer = message as PortAnswer;
    const request = waiting.get(answer.id);
    if (!request) return;
    waiting.delete(answer.id);
    if ('error' in answer) request.reject(new Error(answer.error));
    else request.resolve(answer.result);
  });
  opened.onDisconnect.addListener(() => {
    port = undefined;
    for (const request of waiting.values()) request.reject(new Error('Record Access Aids: the connection to the background closed.'));
    waiting.clear();
  });
  port = opened;
  return opened;
}

/**
 * Sends a typed request to the background and returns its typed answer. Over a port, not `sendMessage`, so a
 * popup that closes mid-request leaves nothing pending behind it (see `backgroundPortListener`).
 */
export function sendRequest<R extends Request>(request: R): Promise<ResponseTo<R>> {
  const id = ++lastId;
  return new Promise<ResponseTo<R>>((resolve, reject) => {
    waiting.set(id, { resolve: (result) => resolve(result as ResponseTo<R>), reject });
    const message: PortRequest = { id, request };
    try {
      connection().postMessage(message);
    } catch (error) {
      waiting.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
