/**
 * Opening the guide's database, and watching the connection. Every way it can fail ends in one
 * `StorageProblem` for the caller, who then keeps working in memory: nothing here throws at the page.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { upgradeDatabase } from './migrations.js';
import { DB_NAME, DB_VERSION, type GuideDatabase } from './schema.js';

/**
 * - `unavailable`: no IndexedDB, or it refused (private browsing, blocked storage)
 * - `blocked`: another tab holds an older version of the database open
 * - `closed`: the connection was closed under us (a newer version elsewhere, the database deleted, the browser)
 * - `quota`: the device is out of space for this site
 * - `failed`: any other error
 */
export type StorageProblem = 'unavailable' | 'blocked' | 'closed' | 'quota' | 'failed';

export type GuideDb = IDBPDatabase<GuideDatabase>;

export function problemOf(error: unknown): StorageProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'SecurityError' || name === 'InvalidStateError') return 'unavailable';
  return 'failed';
}

/**
 * Opens (and if need be upgrades) the database. `onLost` is called once if the open connection is later
 * closed: it closes itself when another tab needs a newer version (so that upgrade is not blocked by us),
 * and when the browser ends it.
 */
export async function openGuideDatabase(onLost: (problem: StorageProblem) => void): Promise<GuideDb> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new DOMException('IndexedDB is not available', 'SecurityError');
  let blocked = false;
  const opening = openDB<GuideDatabase>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) => upgradeDatabase(db, oldVersion, newVersion ?? DB_VERSION, tx),
    // An older connection elsewhere did not close: stop waiting, the caller carries on in memory.
    blocked: () => {
      blocked = true;
      rejectBlocked?.(new DOMException('Another tab holds an older version of the database open', 'BlockedError'));
    },
    blocking: () => {
      db?.close();
      onLost('closed');
    },
    terminated: () => onLost('closed'),
  });
  let rejectBlocked: ((error: DOMException) => void) | undefined;
  const blockedPromise = new Promise<never>((_, reject) => (rejectBlocked = reject));
  let db: GuideDb | undefined;
  try {
    db = await Promise.race([opening, blockedPromise]);
    return db;
  } catch (error) {
    // If the blocked open completes later, close it at once: this page has already moved on to memory.
    if (blocked)
      void opening.then(
        (late) => late.close(),
        () => undefined,
      );
    throw error;
  }
}

/** The problem to report for an error from `openGuideDatabase`. */
export function openProblemOf(error: unknown): StorageProblem {
  return error instanceof DOMException && error.name === 'BlockedError' ? 'blocked' : problemOf(error);
}
