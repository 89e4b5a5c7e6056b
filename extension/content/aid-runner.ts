import type { Settings } from '../settings/schema.js';

/** A content feature: started with a signal, and fully undone (styles, listeners, observers) when it aborts. */
export interface Aid {
  id: string;
  isWanted(settings: Settings): boolean;
  start(signal: AbortSignal): void;
}

/** Starts the aids the settings ask for and aborts the ones they no longer ask for. */
export class AidRunner {
  readonly #aids: readonly Aid[];
  readonly #running = new Map<string, AbortController>();

  constructor(aids: readonly Aid[]) {
    this.#aids = aids;
  }

  apply(settings: Settings): void {
    for (const aid of this.#aids) {
      const controller = this.#running.get(aid.id);
      const wanted = aid.isWanted(settings);
      if (wanted && !controller) {
        const started = new AbortController();
        this.#running.set(aid.id, started);
        try {
          aid.start(started.signal);
        } catch (error) {
          // One aid failing on a strange page must not take the others down with it.
          console.error(`Record Access Aids: the "${aid.id}" aid could not start on this page.`, error);
          started.abort();
          this.#running.delete(aid.id);
        }
      } else if (!wanted && controller) {
        controller.abort();
        this.#running.delete(aid.id);
      }
    }
  }

  get runningIds(): string[] {
    return [...this.#running.keys()];
  }

  stopAll(): void {
    for (const controller of this.#running.values()) controller.abort();
    this.#running.clear();
  }
}
