/**
 * Beacon bodies waiting to be sent (offline, or the browser refused the beacon). Kept in IndexedDB so they
 * survive a reload, in memory if IndexedDB fails. Bounded: past QUEUE_LIMIT the oldest are dropped.
 *
 * Each entry is kept with its scope (the practice and the endpoint it was meant for): a queue only ever
 * hands out its own scope's entries, so practice A's events can never go to practice B's endpoint when
 * both use the guide on one site.
 */
import { openGuideDatabase, type GuideDb } from '../storage/database.js';
import { UPTAKE_STORE } from '../storage/schema.js';

export const QUEUE_LIMIT = 200;
/** Longest body accepted back from the database: a real one is under 300 characters. */
const MAX_BODY_LENGTH = 2000;

export interface QueuedBody {
  id: number;
  body: string;
}

interface StoredEntry {
  scope: string;
  body: string;
}

function isStoredEntry(value: unknown): value is StoredEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { scope, body } = value as Record<string, unknown>;
  return typeof scope === 'string' && typeof body === 'string' && body.length <= MAX_BODY_LENGTH;
}

/** The scope of a queue: which practice's events, for which endpoint. */
export function queueScope(endpoint: string, practice: string): string {
  return JSON.stringify([endpoint, practice]);
}

export class UptakeQueue {
  #db: Promise<GuideDb | null> | undefined;
  #memory: QueuedBody[] = [];
  #nextMemoryId = 1;

  readonly #limit: number;

  constructor(
    readonly scope: string,
    limit = QUEUE_LIMIT,
  ) {
    this.#limit = limit;
  }

  #database(): Promise<GuideDb | null> {
    this.#db ??= openGuideDatabase(() => (this.#db = Promise.resolve(null))).catch(() => null);
    return this.#db;
  }

  #addToMemory(body: string): void {
    this.#memory.push({ id: this.#nextMemoryId++, body });
    if (this.#memory.length > this.#limit) this.#memory.splice(0, this.#memory.length - this.#limit);
  }

  async add(body: string): Promise<void> {
    const db = await this.#database();
    if (!db) return this.#addToMemory(body);
    try {
      const tx = db.transaction(UPTAKE_STORE, 'readwrite');
      tx.done.catch(() => undefined);
      const entry: StoredEntry = { scope: this.scope, body };
      await tx.store.add(entry);
      let excess = (await tx.store.count()) - this.#limit;
      let cursor = excess > 0 ? await tx.store.openCursor() : null;
      while (cursor && excess > 0) {
        await cursor.delete();
        excess--;
        cursor = await cursor.continue();
      }
      await tx.done;
    } catch {
      this.#addToMemory(body);
    }
  }

  /** This scope's entries waiting, oldest first. Anything in the store that is not a plausible entry is deleted; other scopes' entries are left for their own page. */
  async entries(): Promise<QueuedBody[]> {
    // In-memory entries carry negative ids, so `remove` can tell them from the database's keys.
    const found = this.#memory.map((entry) => ({ ...entry, id: -entry.id }));
    const db = await this.#database();
    if (!db) return found;
    try {
      const tx = db.transaction(UPTAKE_STORE, 'readwrite');
      tx.done.catch(() => undefined);
      const stored: QueuedBody[] = [];
      let cursor = await tx.store.openCursor();
      while (cursor) {
        const value: unknown = cursor.value;
        if (!isStoredEntry(value)) await cursor.delete();
        else if (value.scope === this.scope) stored.push({ id: cursor.primaryKey, body: value.body });
        cursor = await cursor.continue();
      }
      await tx.done;
      return [...stored, ...found];
    } catch {
      return found;
    }
  }

  /** Removes entries once sent (ids from `entries`: negative ids are the in-memory ones). */
  async remove(ids: readonly number[]): Promise<void> {
    this.#memory = this.#memory.filter((entry) => !ids.includes(-entry.id));
    const stored = ids.filter((id) => id > 0);
    const db = stored.length > 0 ? await this.#database() : null;
    if (!db) return;
    try {
      const tx = db.transaction(UPTAKE_STORE, 'readwrite');
      tx.done.catch(() => undefined);
      await Promise.all([...stored.map((id) => tx.store.delete(id)), tx.done]);
    } catch {
      // Left in the store: sent again next time, which the endpoint may count twice; better than losing them.
    }
  }
}
