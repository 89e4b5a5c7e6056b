/**
 * Saved progress for one practice page: load, save and clear one whole journey record. Any failure turns
 * the store off for the rest of the page's life (the guide carries on in memory) and is reported once.
 * Nothing here throws.
 *
 * Two tabs on one practice page: every save replaces the whole record in one transaction, with its revision
 * counted up, so the stored record is always one tab's complete, valid journey (the last writer's), never
 * a mix of the two.
 */
import type { JourneyState } from '../journey/types.js';
import { openGuideDatabase, openProblemOf, problemOf, type GuideDb, type StorageProblem } from './database.js';
import { finishPendingErase } from './erase.js';
import { migrateProgressRecord } from './migrations.js';
import { DAY_MS, DB_NAME, PROGRESS_STORE, isExpired, type ProgressRecord } from './schema.js';
import { parseProgressRecord } from './validate.js';

/** What loading found: a journey to offer, nothing, or a record that could not be read (now removed). */
export type LoadResult = { kind: 'saved'; record: ProgressRecord } | { kind: 'none' } | { kind: 'discarded' };

export { progressKey } from './progress-key.js';

/** False only when the browser can list databases and the guide's is not among them. */
async function guideDatabaseMayExist(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null || typeof indexedDB.databases !== 'function') return true;
    return (await indexedDB.databases()).some((db) => db.name === DB_NAME);
  } catch {
    return true;
  }
}

/**
 * A read-write transaction whose `done` promise is always handled: when a request fails (site data cleared
 * mid-journey, say), `done` rejects with an AbortError too, and nothing may reach the host page unhandled.
 */
function writeTransaction(db: GuideDb) {
  const tx = db.transaction(PROGRESS_STORE, 'readwrite');
  tx.done.catch(() => undefined);
  return tx;
}

export class ProgressStore {
  #db: Promise<GuideDb | null> | undefined;
  #failed = false;
  /** Set by quick exit (here or in another tab): nothing is saved again. */
  #stopped = false;
  /** Writes run one after another, so a later save can never land before an earlier one. */
  #queue: Promise<unknown> = Promise.resolve();

  readonly #keepDays: number;
  readonly #onProblem: (problem: StorageProblem) => void;
  readonly #now: () => number;

  constructor(
    readonly key: string,
    keepDays: number,
    onProblem: (problem: StorageProblem) => void,
    now: () => number = Date.now,
  ) {
    this.#keepDays = keepDays;
    this.#onProblem = onProblem;
    this.#now = now;
  }

  /** False once storage has failed: the guide is then working in memory. */
  get working(): boolean {
    return !this.#failed;
  }

  #fail(problem: StorageProblem): null {
    if (!this.#failed) {
      this.#failed = true;
      this.#onProblem(problem);
    }
    return null;
  }

  #database(): Promise<GuideDb | null> {
    this.#db ??= (async () => {
      try {
        // A quick exit that could not finish before the page went away is finished before anything is read.
        if (!(await finishPendingErase())) return this.#fail('blocked');
        return await openGuideDatabase((problem) => {
          // The connection is gone: a later clear opens a new one rather than using the closed one.
          this.#db = undefined;
          this.#fail(problem);
        });
      } catch (error) {
        return this.#fail(openProblemOf(error));
      }
    })();
    return this.#db;
  }

  /** `evenIfFailed`: clearing still tries after a failure, since earlier saves may be in the database. */
  #run<T>(work: (db: GuideDb) => Promise<T>, evenIfFailed = false): Promise<T | null> {
    const next = this.#queue.then(async () => {
      if (this.#stopped || (this.#failed && !evenIfFailed)) return null;
      const db = await this.#database();
      if (!db || (this.#failed && !evenIfFailed)) return null;
      try {
        return await work(db);
      } catch (error) {
        return this.#fail(problemOf(error));
      }
    });
    this.#queue = next;
    return next;
  }

  /** Stops this store for good: queued and later saves do nothing. Quick exit then deletes the database. */
  stop(): void {
    this.#stopped = true;
  }

  /**
   * The saved journey, if any. Expired progress is deleted first: every record by its own expiry, this
   * page's also by this page's rule now (so `save-progress-days="0"` deletes it). An unreadable record of
   * this page is deleted and reported.
   */
  async load(): Promise<LoadResult> {
    // With saving off, a site that never saved anything is not given an empty database.
    if (this.#keepDays <= 0 && !(await guideDatabaseMayExist())) return { kind: 'none' };
    const result = await this.#run(async (db): Promise<LoadResult> => {
      const tx = writeTransaction(db);
      let found: LoadResult = { kind: 'none' };
      let cursor = await tx.store.openCursor();
      while (cursor) {
        const record = parseProgressRecord(migrateProgressRecord(cursor.value));
        if (cursor.primaryKey === this.key) {
          if (!record || record.key !== this.key) {
            found = { kind: 'discarded' };
            await cursor.delete();
          } else if (isExpired(record, this.#now(), this.#keepDays)) {
            await cursor.delete();
          } else {
            found = { kind: 'saved', record };
          }
        } else if (record && isExpired(record, this.#now())) {
          // Other pages' progress expires too, by the rule it was saved under, even if the patient never goes back there.
          await cursor.delete();
        }
        cursor = await cursor.continue();
      }
      await tx.done;
      return found;
    });
    return result ?? { kind: 'none' };
  }

  /** Replaces the saved journey with this one (nothing, when this page keeps answers 0 days). */
  async save(journey: JourneyState): Promise<void> {
    if (this.#keepDays <= 0) return;
    await this.#run(async (db) => {
      const tx = writeTransaction(db);
      const previous = parseProgressRecord(migrateProgressRecord(await tx.store.get(this.key)));
      const savedAt = this.#now();
      const revision = (previous?.revision ?? 0) + 1;
      const record: ProgressRecord = { format: 3, key: this.key, journey, savedAt, expiresAt: savedAt + this.#keepDays * DAY_MS, revision };
      await tx.store.put(record);
      await tx.done;
    });
  }

  /** Deletes this page's saved journey. Resolves true once it is gone (or there was none). */
  async clear(): Promise<boolean> {
    const done = await this.#run(async (db) => {
      const tx = writeTransaction(db);
      await tx.store.delete(this.key);
      await tx.done;
      return true;
    }, true);
    return done === true;
  }
}
