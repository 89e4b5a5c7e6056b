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
import { migrateProgressRecord } from './migrations.js';
import { PROGRESS_STORE, isExpired, type ProgressRecord } from './schema.js';
import { parseProgressRecord } from './validate.js';

/** What loading found: a journey to offer, nothing, or a record that could not be read (now removed). */
export type LoadResult = { kind: 'saved'; record: ProgressRecord } | { kind: 'none' } | { kind: 'discarded' };

export { progressKey } from './saved-progress.js';

export class ProgressStore {
  private db: Promise<GuideDb | null> | undefined;
  private failed = false;
  /** Writes run one after another, so a later save can never land before an earlier one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly key: string,
    private readonly keepDays: number,
    private readonly onProblem: (problem: StorageProblem) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** False once storage has failed: the guide is then working in memory. */
  get working(): boolean {
    return !this.failed;
  }

  private fail(problem: StorageProblem): null {
    if (!this.failed) {
      this.failed = true;
      this.onProblem(problem);
    }
    return null;
  }

  private database(): Promise<GuideDb | null> {
    this.db ??= (async () => {
      try {
        return await openGuideDatabase((problem) => this.fail(problem));
      } catch (error) {
        return this.fail(openProblemOf(error));
      }
    })();
    return this.db;
  }

  /** `evenIfFailed`: clearing still tries after a failure, since earlier saves may be in the database. */
  private run<T>(work: (db: GuideDb) => Promise<T>, evenIfFailed = false): Promise<T | null> {
    const next = this.queue.then(async () => {
      if (this.failed && !evenIfFailed) return null;
      const db = await this.database();
      if (!db || (this.failed && !evenIfFailed)) return null;
      try {
        return await work(db);
      } catch (error) {
        return this.fail(problemOf(error));
      }
    });
    this.queue = next;
    return next;
  }

  /** The saved journey, if any. Expired progress (of any practice page) is deleted first; an unreadable record is deleted and reported. */
  async load(): Promise<LoadResult> {
    const result = await this.run(async (db): Promise<LoadResult> => {
      const tx = db.transaction(PROGRESS_STORE, 'readwrite');
      let found: LoadResult = { kind: 'none' };
      let cursor = await tx.store.openCursor();
      while (cursor) {
        const record = parseProgressRecord(migrateProgressRecord(cursor.value));
        if (cursor.primaryKey === this.key) {
          if (!record || record.key !== this.key) {
            found = { kind: 'discarded' };
            await cursor.delete();
          } else if (isExpired(record.savedAt, this.keepDays, this.now())) {
            await cursor.delete();
          } else {
            found = { kind: 'saved', record };
          }
        } else if (record && isExpired(record.savedAt, this.keepDays, this.now())) {
          // Other pages' progress expires too, even if the patient never goes back there.
          await cursor.delete();
        }
        cursor = await cursor.continue();
      }
      await tx.done;
      return found;
    });
    return result ?? { kind: 'none' };
  }

  /** Replaces the saved journey with this one. */
  async save(journey: JourneyState): Promise<void> {
    await this.run(async (db) => {
      const tx = db.transaction(PROGRESS_STORE, 'readwrite');
      const previous = parseProgressRecord(migrateProgressRecord(await tx.store.get(this.key)));
      const record: ProgressRecord = { format: 2, key: this.key, journey, savedAt: this.now(), revision: (previous?.revision ?? 0) + 1 };
      await tx.store.put(record);
      await tx.done;
    });
  }

  /** Deletes this page's saved journey. Resolves true once it is gone (or there was none). */
  async clear(): Promise<boolean> {
    const done = await this.run(async (db) => {
      await db.delete(PROGRESS_STORE, this.key);
      return true;
    }, true);
    return done === true;
  }
}
