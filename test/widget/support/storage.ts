/**
 * Test helpers for saved progress. Component tests share one origin, so a journey saved by one test would
 * be offered back to the next: files that mount the guide delete the database before each test.
 */
import { DB_NAME } from '../../../widget/storage/schema.js';
import type { JourneyState } from '../../../widget/journey/types.js';

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function deleteGuideDatabase(): Promise<void> {
  const request = indexedDB.deleteDatabase(DB_NAME);
  // Every connection the guide holds closes itself on versionchange, so "blocked" means a test left one open.
  request.onblocked = () => console.error(`deleting ${DB_NAME} is blocked by a connection left open`);
  return settle(request).then(() => undefined);
}

/** Opens the database with the raw API at a given version, running `upgrade` if it is created or raised. */
export function openRaw(version: number, upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, version);
  request.onupgradeneeded = () => upgrade?.(request.result, request.transaction as IDBTransaction);
  return settle(request);
}

/** Every value in a store, read with the raw API (nothing of the code under test). */
export async function readAll(storeName: string): Promise<unknown[]> {
  // Created with the guide's stores if the guide has not opened it yet (its store code arrives beside the first
  // render): an empty database made here would otherwise stop the guide from creating its stores.
  const db = await openRaw(2, (created) => {
    created.createObjectStore('progress', { keyPath: 'key' });
    created.createObjectStore('uptake-queue', { autoIncrement: true });
  });
  try {
    return await settle(db.transaction(storeName).objectStore(storeName).getAll());
  } finally {
    db.close();
  }
}

/** Writes one value straight into a store, as another script (or an older version) might. */
export async function writeRaw(storeName: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const db = await openRaw(2, (created) => {
    created.createObjectStore('progress', { keyPath: 'key' });
    created.createObjectStore('uptake-queue', { autoIncrement: true });
  });
  try {
    const tx = db.transaction(storeName, 'readwrite');
    tx.objectStore(storeName).put(value, key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function journeyAt(current: JourneyState['current'], history: JourneyState['history'], answers: JourneyState['answers'] = {}): JourneyState {
  return { version: 1, current, history, answers, changingFromCheck: false };
}
