/**
 * The guide's one IndexedDB database: its name, version history and the shape of what it holds.
 * Stored values are typed `unknown` on purpose: whatever comes back from the database is parsed
 * (validate.ts) before the guide uses it, because another script on the origin can write anything there.
 */
import type { DBSchema } from 'idb';
import type { JourneyState } from '../journey/types.js';

export const DB_NAME = 'record-access-guide';

/**
 * Database versions. 1: a `progress` store of format-1 records. 2: progress records in format 2
 * (migrated in the upgrade), plus the `uptake-queue` store for beacon events waiting to be sent.
 */
export const DB_VERSION = 2;

export const PROGRESS_STORE = 'progress';
export const UPTAKE_STORE = 'uptake-queue';

/** The current shape of one saved journey: one whole record per practice page, replaced on every save. */
export interface ProgressRecord {
  format: 3;
  /** Which practice page the progress belongs to (see progressKey). */
  key: string;
  journey: JourneyState;
  /** When it was last saved (ms since 1970): saved progress expires this many days later. */
  savedAt: number;
  /**
   * When it must be deleted (ms since 1970): `savedAt` plus the saving page's `save-progress-days`. Each
   * record carries its own rule, so a page that keeps answers 1 day never deletes another page's 365-day
   * answers early, and never lets its own outlive a day because another page keeps answers longer.
   */
  expiresAt: number;
  /** Counts saves, so two tabs writing one record is visible (the last whole write wins). */
  revision: number;
}

export interface GuideDatabase extends DBSchema {
  [PROGRESS_STORE]: { key: string; value: unknown };
  [UPTAKE_STORE]: { key: number; value: unknown };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The longest a page may keep answers (save-progress-days' upper limit). */
export const MAX_KEEP_DAYS = 365;

/**
 * True when a record must go: its own expiry has passed, or (for the page reading its own record)
 * `keepDaysHere`, this page's rule now, is shorter than the one it was saved under. 0 means "keep nothing".
 */
export function isExpired(record: Pick<ProgressRecord, 'savedAt' | 'expiresAt'>, now: number, keepDaysHere?: number): boolean {
  if (record.expiresAt <= now) return true;
  return keepDaysHere !== undefined && record.savedAt + keepDaysHere * DAY_MS <= now;
}
