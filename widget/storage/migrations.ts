/**
 * Versioned upgrades. Two kinds, applied in order and never skipped:
 * - database upgrades (`upgradeDatabase`), run by IndexedDB when an older database is opened;
 * - record migrations (`migrateProgressRecord`), which bring an older record's shape up to date. They run
 *   inside the database upgrade, and again on every read, so a record that somehow kept an old shape is
 *   still read rather than lost.
 * Format 1 (database version 1) was the first shape: `{ key, state, savedAt }` with `savedAt` an ISO date.
 * Format 2 added `format` and `revision`, with `savedAt` in ms. Format 3 adds `expiresAt`, the saving
 * page's own rule; older records did not say, so they get the default 30 days (a page reading its own
 * record still applies its own, shorter rule).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { DEFAULT_SAVE_PROGRESS_DAYS } from '../config/config.js';
import { DAY_MS, PROGRESS_STORE, UPTAKE_STORE, type GuideDatabase } from './schema.js';
import { parseProgressRecord } from './validate.js';
import { isPlainObject } from '../../shared/data/plain-object.js';

type Upgrade = IDBPTransaction<GuideDatabase, StoreNames<GuideDatabase>[], 'versionchange'>;

/** Record-shape migrations, by the format they upgrade from. Each returns the next format's shape. */
const RECORD_MIGRATIONS: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {
  1: ({ key, state, savedAt }) => ({
    format: 2,
    key,
    journey: state,
    savedAt: typeof savedAt === 'string' ? Date.parse(savedAt) : savedAt,
    revision: 1,
  }),
  2: (record) => ({
    ...record,
    format: 3,
    expiresAt: typeof record['savedAt'] === 'number' ? record['savedAt'] + DEFAULT_SAVE_PROGRESS_DAYS * DAY_MS : undefined,
  }),
};

/** Brings a stored value to the current record format; values that are not records come back unchanged (and then fail validation). */
export function migrateProgressRecord(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  let record = raw;
  // Format 1 had no format field.
  let format: unknown = record['format'] === undefined ? 1 : record['format'];
  while (typeof format === 'number' && RECORD_MIGRATIONS[format]) {
    record = (RECORD_MIGRATIONS[format] as (r: Record<string, unknown>) => Record<string, unknown>)(record);
    format = record['format'];
  }
  return record;
}

/** Database upgrades, by the version they create. */
const DATABASE_UPGRADES: Record<number, (db: IDBPDatabase<GuideDatabase>, tx: Upgrade) => Promise<void>> = {
  1: async (db) => {
    db.createObjectStore(PROGRESS_STORE, { keyPath: 'key' });
  },
  2: async (db, tx) => {
    db.createObjectStore(UPTAKE_STORE, { autoIncrement: true });
    let cursor = await tx.objectStore(PROGRESS_STORE).openCursor();
    while (cursor) {
      // A record that cannot be migrated is left as it is: the read path sets it aside and tells the patient.
      const migrated = parseProgressRecord(migrateProgressRecord(cursor.value));
      if (migrated && migrated.key === cursor.primaryKey) await cursor.update(migrated);
      cursor = await cursor.continue();
    }
  },
};

/** Runs every upgrade after `oldVersion`, in order, within the one versionchange transaction. */
export function upgradeDatabase(db: IDBPDatabase<GuideDatabase>, oldVersion: number, newVersion: number, tx: Upgrade): void {
  let chain = Promise.resolve();
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = DATABASE_UPGRADES[version];
    if (step) chain = chain.then(() => step(db, tx));
  }
  // A failed step aborts the transaction, so the old database stays exactly as it was.
  chain.catch(() => tx.abort());
}
