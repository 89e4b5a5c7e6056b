/**
 * Sends uptake events to the practice's endpoint with `navigator.sendBeacon`, as text/plain (a
 * CORS-safelisted type, so no preflight). Offline, or when the browser will not queue the beacon, the body
 * waits in the UptakeQueue and is sent on the next `online` event or page load.
 */
import { checkedBodyText } from './payload.js';
import { UptakeQueue } from './queue.js';

export type SendBeacon = (url: string, body: string) => boolean;

const browserSendBeacon: SendBeacon = (url, body) => {
  try {
    return typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body);
  } catch {
    return false;
  }
};

export class UptakeBeacon {
  private flushing: Promise<void> | null = null;
  private flushAgain = false;

  constructor(
    readonly endpoint: string,
    /** Its scope must be this endpoint's and this practice's (see queueScope). */
    private readonly queue: UptakeQueue,
    private readonly send: SendBeacon = browserSendBeacon,
  ) {}

  private online(): boolean {
    return navigator.onLine !== false;
  }

  /** Sends one body now, or queues it. Resolves once it is sent or safely queued. */
  async deliver(body: string): Promise<void> {
    if (this.online() && this.send(this.endpoint, body)) return;
    await this.queue.add(body);
  }

  /**
   * Sends what is queued, oldest first, stopping at the first refusal. A queued body that fails its checks is
   * deleted unsent. A call while a flush is running runs another once it ends, so a body queued meanwhile (or
   * a return to online meanwhile) is not missed.
   */
  flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.flushAgain = false;
          if (!this.online()) return;
          const sent: number[] = [];
          for (const entry of await this.queue.entries()) {
            const body = checkedBodyText(entry.body);
            if (body !== null && (!this.online() || !this.send(this.endpoint, body))) break;
            sent.push(entry.id);
          }
          if (sent.length > 0) await this.queue.remove(sent);
        } while (this.flushAgain);
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }
}
