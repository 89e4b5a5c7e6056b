/**
 * Test helpers for saved progress. Component tests share one origin, so a journey saved by one test would
 * be offered back to the next: files that mount the guide delete the database before each test.
 */
import { DB_NAME } from '../../../widget/storage/schema.js';

export function deleteGuideDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    // Every connection the guide holds closes itself on versionchange, so "blocked" only means a test left one open.
    request.onblocked = () => reject(new Error(`deleting ${DB_NAME} is blocked by a connection left open`));
  });
}
