/**
 * Functions that run inside the page under test, for any driver: pass them to `page.evaluate` from
 * Playwright (e2e, a11y) or puppeteer-core (the Firefox tier). Each must stand alone: the driver sends
 * its source text to the page, so it may use nothing from this module's scope.
 */

/**
 * Records, in the page's own world, each text the highlight called `name` moves to (read back with
 * `seenHighlightsInPage`). espeak-ng playing to a null device reads a short sentence in well under a
 * second, faster than polling from the test.
 */
export function recordHighlightsInPage(name: string): void {
  const seen: string[] = [];
  Object.assign(window, { seenHighlights: seen });
  setInterval(() => {
    const highlight = CSS.highlights.get(name);
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    const text = range?.toString();
    if (text && seen.at(-1) !== text) seen.push(text);
  }, 5);
}

export function seenHighlightsInPage(): string[] {
  return (window as unknown as { seenHighlights: string[] }).seenHighlights;
}

/**
 * Every value in one store of one IndexedDB database, read with the raw API at whatever version the
 * database has (nothing of the code under test); [] when the database or the store does not exist.
 * Checks first, so reading never creates the database.
 */
export async function readIndexedDbStoreInPage({ database, store }: { database: string; store: string }): Promise<unknown[]> {
  if (!(await indexedDB.databases()).some((db) => db.name === database)) return [];
  return new Promise<unknown[]>((resolve, reject) => {
    const open = indexedDB.open(database);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        resolve([]);
        return;
      }
      const all = db.transaction(store).objectStore(store).getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
    };
  });
}
