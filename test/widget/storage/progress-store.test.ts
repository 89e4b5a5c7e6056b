import { expect } from '@open-wc/testing';
import type { StorageProblem } from '../../../widget/storage/database.js';
import { ProgressStore, progressKey } from '../../../widget/storage/progress-store.js';
import { DB_VERSION } from '../../../widget/storage/schema.js';
import { deleteGuideDatabase, journeyAt, openRaw, readAll, writeRaw } from '../support/index.js';

const KEY = progressKey('/practice/', 'A12345', 'Oakmere Green Surgery');
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 21, 12);
const AT_WHO = journeyAt('age', ['start', 'who'], { who: 'myself' });

/** A store whose problems are collected, with a clock the test sets. */
function makeStore(options: { key?: string; days?: number; now?: number } = {}) {
  const problems: StorageProblem[] = [];
  const store = new ProgressStore(
    options.key ?? KEY,
    options.days ?? 30,
    (p) => problems.push(p),
    () => options.now ?? NOW,
  );
  return { store, problems };
}

describe('ProgressStore', () => {
  beforeEach(deleteGuideDatabase);

  it('keys progress by page path and ODS code, or practice name when there is no code', () => {
    expect(progressKey('/a/', 'A12345', 'X')).to.equal('/a/|ods:A12345');
    expect(progressKey('/a/', null, 'Oakmere')).to.equal('/a/|name:Oakmere');
    expect(progressKey('/b/', null, 'Oakmere')).to.not.equal(progressKey('/a/', null, 'Oakmere'));
  });

  it('saves a whole journey and loads it back, counting revisions', async () => {
    const { store, problems } = makeStore();
    expect(await store.load()).to.deep.equal({ kind: 'none' });
    await store.save(journeyAt('who', ['start']));
    await store.save(AT_WHO);
    const loaded = await makeStore().store.load();
    expect(loaded).to.deep.equal({ kind: 'saved', record: { format: 3, key: KEY, journey: AT_WHO, savedAt: NOW, expiresAt: NOW + 30 * DAY, revision: 2 } });
    expect(problems).to.deep.equal([]);
  });

  it('keeps two practices on one origin apart', async () => {
    const a = makeStore({ key: progressKey('/', null, 'Practice A') }).store;
    const b = makeStore({ key: progressKey('/', null, 'Practice B') }).store;
    await a.save(AT_WHO);
    expect(await b.load()).to.deep.equal({ kind: 'none' });
    expect((await a.load()).kind).to.equal('saved');
  });

  it('deletes progress older than the practice keeps it, for this page and any other', async () => {
    await makeStore({ now: NOW }).store.save(AT_WHO);
    await makeStore({ key: '/other/|name:Other', now: NOW }).store.save(AT_WHO);
    expect((await makeStore({ now: NOW + 29 * DAY }).store.load()).kind).to.equal('saved');
    expect(await makeStore({ now: NOW + 30 * DAY }).store.load()).to.deep.equal({ kind: 'none' });
    expect(await readAll('progress')).to.deep.equal([]);
  });

  it('follows a shorter keeping period set later', async () => {
    await makeStore({ now: NOW }).store.save(AT_WHO);
    expect(await makeStore({ days: 1, now: NOW + DAY + 1 }).store.load()).to.deep.equal({ kind: 'none' });
  });

  it("deletes this page's saved answers when the practice later turns saving off (0 days), and saves nothing more", async () => {
    await makeStore({ now: NOW }).store.save(AT_WHO);
    const off = makeStore({ days: 0, now: NOW + 1 }).store;
    expect(await off.load()).to.deep.equal({ kind: 'none' });
    await off.save(AT_WHO);
    expect(await readAll('progress')).to.deep.equal([]);
  });

  // The control for both halves is today's main: it expired every record by the reading page's rule.
  it('expires each record by the rule of the page that saved it, not the page that reads', async () => {
    const longPage = progressKey('/long/', null, 'Keeps a year');
    const shortPage = progressKey('/short/', null, 'Keeps a day');
    await makeStore({ key: longPage, days: 365, now: NOW }).store.save(AT_WHO);
    // A 1-day page loading two days later must not delete the 365-day page's answers.
    await makeStore({ key: shortPage, days: 1, now: NOW + 2 * DAY }).store.load();
    expect(((await readAll('progress')) as { key: string }[]).map((r) => r.key)).to.deep.equal([longPage]);
    expect((await makeStore({ key: longPage, days: 365, now: NOW + 2 * DAY }).store.load()).kind).to.equal('saved');

    // A 1-day page's answers are gone 20 days on, even when only a 30-day page is ever loaded.
    await makeStore({ key: shortPage, days: 1, now: NOW }).store.save(AT_WHO);
    await makeStore({ key: KEY, days: 30, now: NOW + 20 * DAY }).store.load();
    expect(((await readAll('progress')) as { key: string }[]).map((r) => r.key)).to.deep.equal([longPage]);
  });

  it('refuses a record that claims to be kept longer than any page may keep answers', async () => {
    await writeRaw('progress', { format: 3, key: KEY, journey: AT_WHO, savedAt: NOW, expiresAt: NOW + 366 * DAY, revision: 1 });
    expect(await makeStore().store.load()).to.deep.equal({ kind: 'discarded' });
  });

  it('lets no IndexedDB error reach the page when a save is aborted (site data cleared mid-journey)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    const { store, problems } = makeStore();
    await store.save(AT_WHO);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    };
    try {
      await store.save(journeyAt('who', ['start']));
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      IDBObjectStore.prototype.put = put;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
    expect(problems).to.deep.equal(['failed']);
    expect(unhandled.map((reason) => (reason instanceof DOMException ? reason.name : String(reason)))).to.deep.equal([]);
  });

  it('removes a corrupt record and says so, without throwing', async () => {
    const { store } = makeStore();
    await store.save(AT_WHO);
    const corrupt = [
      { format: 2, key: KEY, journey: { ...AT_WHO, current: '<img src=x onerror=alert(1)>' }, savedAt: NOW, revision: 1 },
      { format: 2, key: KEY, journey: { ...AT_WHO, answers: { who: 'myself', extra: 'x' } }, savedAt: NOW, revision: 1 },
      { format: 2, key: KEY, journey: { ...AT_WHO, answers: { services: ['record', 'record', 'record', 'record', 'record'] } }, savedAt: NOW, revision: 1 },
      { format: 2, key: KEY, journey: AT_WHO, savedAt: 'yesterday', revision: 1 },
      { format: 9, key: KEY, journey: AT_WHO, savedAt: NOW, revision: 1 },
      { key: KEY, state: 'not a journey', savedAt: 'not a date' },
    ];
    for (const record of corrupt) {
      await writeRaw('progress', record);
      const { store: reader, problems } = makeStore();
      expect(await reader.load(), JSON.stringify(record)).to.deep.equal({ kind: 'discarded' });
      expect(problems).to.deep.equal([]);
      expect(await readAll('progress')).to.deep.equal([]);
    }
  });

  it('copies only known fields from a saved journey', async () => {
    await writeRaw('progress', { format: 2, key: KEY, journey: { ...AT_WHO, sneaky: '<b>x</b>' }, savedAt: NOW, revision: 3, extra: 1 });
    const loaded = await makeStore().store.load();
    expect(loaded).to.deep.equal({ kind: 'saved', record: { format: 3, key: KEY, journey: AT_WHO, savedAt: NOW, expiresAt: NOW + 30 * DAY, revision: 3 } });
  });

  it('migrates a version 1 database and its format 1 records, losing nothing', async () => {
    // Database version 1 as the first schema made it: one store, records { key, state, savedAt (ISO text) }.
    const v1 = await openRaw(1, (db) => db.createObjectStore('progress', { keyPath: 'key' }));
    const savedAt = new Date(NOW - DAY).toISOString();
    const tx = v1.transaction('progress', 'readwrite');
    tx.objectStore('progress').put({ key: KEY, state: AT_WHO, savedAt });
    tx.objectStore('progress').put({ key: '/other/|name:Other', state: journeyAt('who', ['start']), savedAt });
    tx.objectStore('progress').put({ key: '/broken/|name:X', state: 42, savedAt });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    v1.close();

    const loaded = await makeStore().store.load();
    expect(loaded).to.deep.equal({
      kind: 'saved',
      record: { format: 3, key: KEY, journey: AT_WHO, savedAt: NOW - DAY, expiresAt: NOW + 29 * DAY, revision: 1 },
    });
    const db = await openRaw(DB_VERSION);
    expect(db.version).to.equal(2);
    expect([...db.objectStoreNames]).to.deep.equal(['progress', 'uptake-queue']);
    db.close();
    const records = (await readAll('progress')) as { key: string; format?: number }[];
    // The other page's record was migrated in the upgrade; the broken one is left for its own page to report.
    expect(records.map((r) => [r.key, r.format ?? 1])).to.deep.equal([
      ['/broken/|name:X', 1],
      ['/other/|name:Other', 3],
      [KEY, 3],
    ]);
    expect(await makeStore({ key: '/broken/|name:X' }).store.load()).to.deep.equal({ kind: 'discarded' });
  });

  it('works in memory when IndexedDB refuses to open (private browsing, blocked storage)', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const { store, problems } = makeStore();
      expect(await store.load()).to.deep.equal({ kind: 'none' });
      await store.save(AT_WHO);
      expect(problems).to.deep.equal(['unavailable']);
      expect(store.working).to.equal(false);
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  it('works in memory when there is no IndexedDB at all', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      const { store, problems } = makeStore();
      expect(await store.load()).to.deep.equal({ kind: 'none' });
      expect(problems).to.deep.equal(['unavailable']);
    } finally {
      if (descriptor) Object.defineProperty(window, 'indexedDB', descriptor);
      else delete (window as { indexedDB?: unknown }).indexedDB;
    }
    expect(typeof indexedDB.open).to.equal('function');
  });

  it('stops waiting when another tab holds an older version open, and loses nothing', async () => {
    const v1 = await openRaw(1, (db) => db.createObjectStore('progress', { keyPath: 'key' }));
    const tx = v1.transaction('progress', 'readwrite');
    tx.objectStore('progress').put({ key: KEY, state: AT_WHO, savedAt: new Date(NOW).toISOString() });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    // v1 has no versionchange handler: like an old tab that never closes, it blocks the upgrade.
    const { store, problems } = makeStore();
    expect(await store.load()).to.deep.equal({ kind: 'none' });
    expect(problems).to.deep.equal(['blocked']);
    v1.close();
    const reopened = await makeStore().store.load();
    expect(reopened.kind).to.equal('saved');
  });

  it('closes its connection when a newer version needs the database, and reports it', async () => {
    const { store, problems } = makeStore();
    await store.save(AT_WHO);
    const newer = await openRaw(DB_VERSION + 1);
    expect(problems).to.deep.equal(['closed']);
    newer.close();
    await store.save(journeyAt('who', ['start']));
    expect(store.working).to.equal(false);
    await deleteGuideDatabase();
  });

  it('reports the database being deleted while open', async () => {
    const { store, problems } = makeStore();
    await store.save(AT_WHO);
    await deleteGuideDatabase();
    expect(problems).to.deep.equal(['closed']);
    expect(await store.load()).to.deep.equal({ kind: 'none' });
  });

  it('keeps what was saved before when the device runs out of space mid-write', async () => {
    const { store, problems } = makeStore();
    await store.save(AT_WHO);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await store.save(journeyAt('services', ['start', 'who', 'age'], { who: 'myself', age: '16-plus' }));
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(problems).to.deep.equal(['quota']);
    const loaded = await makeStore().store.load();
    expect(loaded.kind === 'saved' && loaded.record.journey).to.deep.equal(AT_WHO);
  });

  it('lets two tabs write one record without mixing them: the last whole journey wins', async () => {
    const tabA = makeStore().store;
    const tabB = makeStore().store;
    const journeyA = journeyAt('age', ['start', 'who'], { who: 'myself' });
    const journeyB = journeyAt('proxy', ['start', 'who'], { who: 'child' });
    const journeyA2 = journeyAt('services', ['start', 'who', 'age'], { who: 'myself', age: '16-plus' });
    await Promise.all([tabA.save(journeyA), tabB.save(journeyB), tabA.save(journeyA2)]);
    const loaded = await makeStore().store.load();
    if (loaded.kind !== 'saved') throw new Error(`expected a saved record, got ${loaded.kind}`);
    expect(loaded.record.revision).to.equal(3);
    // Whichever tab wrote last, the record is its whole journey, never a mix of the two.
    expect([JSON.stringify(journeyA2), JSON.stringify(journeyB)]).to.include(JSON.stringify(loaded.record.journey));
  });
});
