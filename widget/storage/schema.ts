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
  format: 2;
  /** Which practice page the progress belongs to (see progressKey). */
  key: string;
  journey: JourneyState;
  /** When it was last saved (ms since 1970): saved progress expires this many days later. */
  savedAt: number;
  /** Counts saves, so two tabs writing one record is visible (the last whole write wins). */
  revision: number;
}

export interface GuideDatabase extends DBSchema {
  [PROGRESS_STORE]: { key: string; value: unknown };
  [UPTAKE_STORE]: { key: number; value: unknown };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when a record saved at `savedAt` has outlived the practice's `keepDays`. */
export function isExpired(savedAt: number, keepDays: number, now: number): boolean {
  return savedAt + keepDays * DAY_MS <= now;
}
