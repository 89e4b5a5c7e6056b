import { expect } from '@open-wc/testing';
import { eraseEverywhere, erasePending, listenForEraseElsewhere } from '../../../widget/storage/erase.js';
import { ProgressStore, progressKey } from '../../../widget/storage/progress-store.js';
import { DB_NAME, DB_VERSION } from '../../../widget/storage/schema.js';
import { deleteGuideDatabase, journeyAt, openRaw, until } from '../support/index.js';

const KEY = progressKey('/practice/', 'A12345', 'Oakmere Green Surgery');
const AT_WHO = journeyAt('age', ['start', 'who'], { who: 'myself' });
const MARKER = 'record-access-guide:erase-pending';

const makeStore = (days = 30) => new ProgressStore(KEY, days, () => undefined);

async function databaseExists(): Promise<boolean> {
  return (await indexedDB.databases()).some((db) => db.name === DB_NAME);
}

describe('quick exit: erasing saved answers', () => {
  beforeEach(async () => {
    localStorage.removeItem(MARKER);
    await deleteGuideDatabase();
  });
  afterEach(() => localStorage.removeItem(MARKER));

  it('deletes everything and leaves no marker behind when the delete succeeds', async () => {
    await makeStore().save(AT_WHO);
    expect(await eraseEverywhere()).to.equal(true);
    expect(await databaseExists()).to.equal(false);
    expect(erasePending()).to.equal(false);
    expect(localStorage.length).to.equal(0);
  });

  it('still erases when another tab has raised the database to a newer version and closed this connection', async () => {
    const store = makeStore();
    await store.save(AT_WHO);
    const newer = await openRaw(DB_VERSION + 1);
    newer.onversionchange = () => newer.close();
    expect(await eraseEverywhere()).to.equal(true);
    expect(await databaseExists()).to.equal(false);
  });

  it('when an old tab holds the database open, offers nothing back and finishes the erase on the next load', async () => {
    await makeStore().save(AT_WHO);
    // An old tab without a versionchange handler: the delete is blocked while it stays open.
    const old = await openRaw(DB_VERSION);
    expect(await eraseEverywhere()).to.equal(false);
    expect(erasePending()).to.equal(true);
    expect(await makeStore().load()).to.deep.equal({ kind: 'none' });
    old.close();
    // The blocked delete goes through once the old tab lets go.
    await until(async () => !(await databaseExists()), 'the blocked delete to finish');
    expect(await makeStore().load()).to.deep.equal({ kind: 'none' });
    expect(erasePending()).to.equal(false);
  });

  it('purges on the next load when the page went away before the delete ran', async () => {
    await makeStore().save(AT_WHO);
    // What a navigation that cut the delete short leaves: the marker, and the answers.
    localStorage.setItem(MARKER, '1');
    expect(await makeStore().load()).to.deep.equal({ kind: 'none' });
    expect(erasePending()).to.equal(false);
  });

  it('stops a store for good: a save queued after quick exit writes nothing', async () => {
    const store = makeStore();
    await store.save(AT_WHO);
    store.stop();
    const erased = eraseEverywhere();
    await store.save(journeyAt('services', ['start', 'who', 'age'], { who: 'myself', age: '16-plus' }));
    expect(await erased).to.equal(true);
    expect(await databaseExists()).to.equal(false);
  });

  it('tells listeners in other tabs (BroadcastChannel reaches other channel objects in this document too)', async () => {
    let heard = 0;
    let heardByOtherTab = 0;
    const stop = listenForEraseElsewhere(() => heard++);
    const stopOther = listenForEraseElsewhere(() => heardByOtherTab++);
    try {
      try {
        await eraseEverywhere();
        await until(() => heard === 1 && heardByOtherTab === 1, 'both listeners to hear the erase');
      } finally {
        stop();
      }
      // After stop(), the second erase still reaches a listener (the positive signal), but not the stopped one.
      await eraseEverywhere();
      await until(() => heardByOtherTab === 2, 'the listener still there to hear the second erase');
      expect(heard).to.equal(1);
    } finally {
      stopOther();
    }
  });
});
