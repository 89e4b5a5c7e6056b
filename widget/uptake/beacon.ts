/**
 * Sends uptake events to the practice's endpoint with `navigator.sendBeacon`, as text/plain (a
 * CORS-safelisted type, so no preflight). Offline, or when the browser will not queue the beacon, the body
 * waits in the UptakeQueue and is sent on the next `online` event or page load.
 */
import { checkedBodyText } from './payload.js';
import { type UptakeQueue } from './queue.js';

export type SendBeacon = (url: string, body: string) => boolean;

const browserSendBeacon: SendBeacon = (url, body) => {
  try {
    return typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body);
  } catch {
    return false;
  }
};

export class UptakeBeacon {
  #flushing: Promise<void> | null = null;

  readonly #queue: UptakeQueue;
  readonly #send: SendBeacon;

  /** @param queue Its scope must be this endpoint's and this practice's (see queueScope). */
  constructor(
    readonly endpoint: string,
    queue: UptakeQueue,
    send: SendBeacon = browserSendBeacon,
  ) {
    this.#queue = queue;
    this.#send = send;
  }

  #online(): boolean {
    return navigator.onLine !== false;
  }

  /** Sends one body now, or queues it. Resolves once it is sent or safely queued. */
  async deliver(body: string): Promise<void> {
    if (this.#online() && this.#send(this.endpoint, body)) return;
    await this.#queue.add(body);
  }

  /** Sends what is queued, oldest first, stopping at the first refusal. A queued body that fails its checks is deleted unsent. */
  flush(): Promise<void> {
    this.#flushing ??= (async () => {
      try {
        if (!this.#online()) return;
        const sent: number[] = [];
        for (const entry of await this.#queue.entries()) {
          const body = checkedBodyText(entry.body);
          if (body !== null && (!this.#online() || !this.#send(this.endpoint, body))) break;
          sent.push(entry.id);
        }
        if (sent.length > 0) await this.#queue.remove(sent);
      } finally {
        this.#flushing = null;
      }
    })();
    return this.#flushing;
  }
}
