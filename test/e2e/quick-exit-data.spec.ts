/**
 * Quick exit leaves no saved answers behind, in the cases where it used to: saving later turned off,
 * another tab raising the database version, a delete slower than the exit waits, and a second open tab.
 * Each test checks what a later visitor to the practice page would find: no "continue where you left off",
 * and no record in IndexedDB (read with the raw API).
 */
import { readIndexedDbStoreInPage } from '../support/page-probes.js';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const EXIT_URL = 'https://www.bbc.co.uk/weather';
const TEST_PATH = '/quick-exit-test.html';

/** The tab holding the saved answers busy: its transaction's end. */
interface BusyTab {
  transactionDone: Promise<void>;
}

const guide = (page: Page) => page.locator('record-access-guide');
const heading = (page: Page, name: string) => guide(page).getByRole('heading', { level: 2, name });

/** The practice page at one address, with the keeping period the practice has set today. */
async function servePracticePage(context: BrowserContext, days: number): Promise<void> {
  await context.unroute(`**${TEST_PATH}`);
  await context.route(`**${TEST_PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en-GB"><head><title>Oakmere Green Surgery</title>
        <script type="module" src="/dist/widget/record-access-guide.js"></script></head>
        <body><main><h1>Online services</h1>
        <record-access-guide practice-name="Oakmere Green Surgery" save-progress-days="${days}"></record-access-guide></main></body></html>`,
    }),
  );
}

async function next(page: Page, button: string, nextHeading: string): Promise<void> {
  await guide(page).getByRole('button', { name: button, exact: true }).click();
  await expect(heading(page, nextHeading)).toBeVisible();
}

/** Answers the first two questions, as someone looking for another adult's record. */
async function answerSome(page: Page): Promise<void> {
  await next(page, 'Start now', 'Who is this for?');
  await guide(page).locator('input[value="adult"]').check();
  await next(page, 'Continue', 'Using online services for another adult');
}

/** Every saved progress record on the origin, read with the raw API at whatever version the database has. */
const savedRecords = (page: Page): Promise<unknown[]> => page.evaluate(readIndexedDbStoreInPage, { database: 'record-access-guide', store: 'progress' });

async function expectSaved(page: Page): Promise<void> {
  await expect.poll(async () => (await savedRecords(page)).length).toBe(1);
}

/** The practice page, keeping answers for 30 days, with the first two questions answered and saved. */
async function openWithSavedAnswers(context: BrowserContext, page: Page): Promise<void> {
  await servePracticePage(context, 30);
  await page.goto(TEST_PATH);
  await answerSome(page);
  await expectSaved(page);
}

async function quickExit(page: Page): Promise<void> {
  await guide(page).getByRole('button', { name: 'Leave this page now' }).click();
  await page.waitForURL(EXIT_URL);
}

/** What the next person to open the practice page finds: the first page, and nothing stored. */
async function expectNothingLeft(page: Page): Promise<void> {
  await page.goto(TEST_PATH);
  await expect(heading(page, 'Use your GP practice online')).toBeVisible();
  await expect.poll(() => savedRecords(page)).toEqual([]);
  // Give a late offer a moment to appear: it must not.
  await page.waitForTimeout(300);
  await expect(heading(page, 'Do you want to continue where you left off?')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
}

test.beforeEach(async ({ context }) => {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' }),
  );
});

test('after the practice turns saving off (0 days), answers saved before are gone and quick exit leaves nothing', async ({ context, page }) => {
  await openWithSavedAnswers(context, page);

  await servePracticePage(context, 0);
  await page.goto(TEST_PATH);
  await expect(guide(page).locator('[part="saved-progress"]')).toHaveCount(0);
  await answerSome(page);
  await quickExit(page);

  await servePracticePage(context, 30);
  await expectNothingLeft(page);
});

test("when another tab has opened a newer version of the database (closing this tab's connection), quick exit still deletes everything", async ({
  context,
  page,
}) => {
  await openWithSavedAnswers(context, page);

  // A newer release of the guide in another tab: it upgrades the database and, politely, closes on versionchange.
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('record-access-guide', 3);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          open.result.onversionchange = () => open.result.close();
          resolve();
        };
      }),
  );
  await quickExit(page);
  await other.close();
  await expectNothingLeft(page);
});

test('when deleting takes longer than quick exit waits, nothing is left for the next visitor', async ({ context, page }) => {
  await openWithSavedAnswers(context, page);

  // Another tab keeps a write transaction on the saved answers busy for 3 s, so any delete must wait. The
  // transaction is open before quick exit starts: opened after the exit's delete, it would find no store.
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(
    () =>
      new Promise<void>((started, reject) => {
        const open = indexedDB.open('record-access-guide');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          db.onversionchange = () => db.close();
          try {
            const tx = db.transaction('progress', 'readwrite');
            const until = performance.now() + 3000;
            const spin = () => {
              if (performance.now() < until) tx.objectStore('progress').count().onsuccess = spin;
            };
            spin();
            (globalThis as unknown as BusyTab).transactionDone = new Promise<void>((ended) => (tx.oncomplete = () => ended()));
            started();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
      }),
  );
  const busy = other.evaluate(() => (globalThis as unknown as BusyTab).transactionDone);
  let busyEnded = false;
  void busy.then(() => (busyEnded = true));
  await quickExit(page);
  // The exit did not wait for the slow delete: the page had gone while the other tab still held the store.
  expect(busyEnded).toBe(false);
  await busy;
  await other.close();
  await expectNothingLeft(page);
});

test('a second open tab forgets the answers on its screen and does not save them again on its next step', async ({ context, page }) => {
  await servePracticePage(context, 30);
  const second = await context.newPage();
  await second.goto(TEST_PATH);
  await answerSome(second);
  await page.goto(TEST_PATH);
  await expect(heading(page, 'Do you want to continue where you left off?')).toBeVisible();
  await guide(page).getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(heading(page, 'Using online services for another adult')).toBeVisible();

  await quickExit(page);
  // The other tab now shows the first page and says the answers were cleared; its answers are gone from memory too.
  await expect(heading(second, 'Use your GP practice online')).toBeVisible();
  await expect(guide(second).locator('[part="storage-notice"]')).toHaveText('Your answers have been cleared from this device.');
  // Its next step saves nothing of the old answers: give a late write time to land, then look.
  await second.waitForTimeout(500);
  expect(await savedRecords(second)).toEqual([]);
  await second.close();
  await expectNothingLeft(page);
});
