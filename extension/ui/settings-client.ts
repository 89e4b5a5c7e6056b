import { browser } from '../browser-api.js';
import type { Request, ResponseTo } from '../messages.js';

/** Sends a typed request to the background and returns its typed answer. */
export async function sendRequest<R extends Request>(request: R): Promise<ResponseTo<R>> {
  return (await browser.runtime.sendMessage(request)) as ResponseTo<R>;
}
