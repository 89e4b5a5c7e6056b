import type { Aids } from '../settings/schema.js';

/** A content feature: started with a signal, and fully undone (styles, listeners, observers) when it aborts. */
export interface Aid {
  id: string;
  /**
   * What of the settings this aid depends on, as a string; undefined when the aid is not wanted.
   * When the key changes the aid is restarted with the new settings.
   */
  configKey(aids: Aids): string | undefined;
  start(aids: Aids, signal: AbortSignal): void;
}

/** Starts the aids the settings ask for, restarts those whose settings changed and aborts the rest. */
export class AidRunner {
  readonly #aids: readonly Aid[];
  readonly #running = new Map<string, { key: string; controller: AbortController }>();

  constructor(aids: readonly Aid[]) {
    this.#aids = aids;
  }

  /** `undefined` means aids are off on this site: everything stops. */
  apply(aids: Aids | undefined): void {
    for (const aid of this.#aids) {
      const running = this.#running.get(aid.id);
      const key = aids ? aid.configKey(aids) : undefined;
      if (running && running.key === key) continue;
      if (running) {
        running.controller.abort();
        this.#running.delete(aid.id);
      }
      if (key === undefined || !aids) continue;
      const controller = new AbortController();
      this.#running.set(aid.id, { key, controller });
      try {
        aid.start(aids, controller.signal);
      } catch (error) {
        // One aid failing on a strange page must not take the others down with it.
        console.error(`Record Access Aids: the "${aid.id}" aid could not start on this page.`, error);
        controller.abort();
        this.#running.delete(aid.id);
      }
    }
  }

  get runningIds(): string[] {
    return [...this.#running.keys()];
  }

  stopAll(): void {
    for (const { controller } of this.#running.values()) controller.abort();
    this.#running.clear();
  }
}
