/**
 * Saved progress on the demo practice page, in a real browser profile: reloads, two tabs on one practice,
 * a real quota error, and quick exit clearing what was saved.
 */
import { expect, test, type Page } from '@playwright/test';
import { readIndexedDbStoreInPage } from '../support/page-probes.js';
import { axeViolations } from './support/axe.js';

const guide = (page: Page) => page.locator('record-access-guide');
const heading = (page: Page, name: string) => guide(page).getByRole('heading', { level: 2, name });

async function choose(page: Page, value: string): Promise<void> {
  await guide(page).locator(`input[value="${value}"]`).check();
}

async function next(page: Page, button: string, nextHeading: string): Promise<void> {
  await guide(page).getByRole('button', { name: button, exact: true }).click();
  await expect(heading(page, nextHeading)).toBeVisible();
}

interface SavedJourney {
  key: string;
  revision: number;
  journey: { current: string; answers: Record<string, unknown> };
}

/** The saved records, read with the raw IndexedDB API in the page. */
const savedJourneys = (page: Page): Promise<SavedJourney[]> =>
  page.evaluate(readIndexedDbStoreInPage, { database: 'record-access-guide', store: 'progress' }) as Promise<SavedJourney[]>;

async function expectSavedAt(page: Page, current: string): Promise<void> {
  await expect.poll(async () => (await savedJourneys(page)).map((r) => r.journey.current)).toEqual([current]);
}

test('progress survives a reload: the patient chooses to continue where they left off, by keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(guide(page).locator('[part="saved-progress"]')).toContainText('Your answers are saved on this device for 30 days');
  await next(page, 'Start now', 'Who is this for?');
  await choose(page, 'myself');
  await next(page, 'Continue', 'How old are you?');
  await choose(page, '16-plus');
  await next(page, 'Continue', 'What do you want to do online?');
  await expectSavedAt(page, 'services');

  // A new visit (a reload at the guide's own history entry returns straight to the step: widget-embed.spec.ts).
  await page.goto('about:blank');
  await page.goto('/');
  await expect(heading(page, 'Do you want to continue where you left off?')).toBeVisible();
  await expect(guide(page)).toContainText('You got as far as: What do you want to do online?');
  expect(await axeViolations(page)).toBe('');
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.querySelector('record-access-guide')?.shadowRoot?.activeElement?.textContent?.trim());
    if (label === 'Continue where you left off') break;
  }
  await page.keyboard.press('Enter');
  await expect(heading(page, 'What do you want to do online?')).toBeFocused();
  await guide(page).locator('[part="back"]').click();
  await expect(heading(page, 'How old are you?')).toBeVisible();
  await expect(guide(page).locator('input[value="16-plus"]')).toBeChecked();
});

/**
 * Marks the page once its guide has read the saved answers: the store's code arrives after the first render,
 * and its first transaction, the read, ends after that. (A tab that reads only after another tab has saved
 * rightly offers those answers back, which is another test's story.)
 */
async function markWhenSavedAnswersRead(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = transaction.apply(this, args);
      tx.addEventListener('complete', () => (document.documentElement.dataset.savedAnswersRead = 'yes'));
      return tx;
    } as IDBDatabase['transaction'];
  });
}

const savedAnswersRead = (page: Page) => expect(page.locator('html[data-saved-answers-read]')).toBeAttached();

test('two tabs on one practice page never mix their answers: the saved record is always one whole journey', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await markWhenSavedAnswersRead(tabA);
  await markWhenSavedAnswersRead(tabB);
  await tabA.goto('/');
  await tabB.goto('/');
  // Both tabs have looked for saved answers and found none before either saves (on a loaded machine tab B's
  // look could come after tab A's first save, and then it offers those answers back instead of Start now).
  await savedAnswersRead(tabA);
  await savedAnswersRead(tabB);
  // The patient switches to each tab to use it: a tab left behind runs no animation frames, and clicks in it
  // wait out Playwright's frame-based stability check (about 2 s each).
  await tabA.bringToFront();
  await next(tabA, 'Start now', 'Who is this for?');
  await choose(tabA, 'myself');
  await next(tabA, 'Continue', 'How old are you?');
  await expectSavedAt(tabA, 'age');

  await tabB.bringToFront();
  await next(tabB, 'Start now', 'Who is this for?');
  await choose(tabB, 'child');
  await next(tabB, 'Continue', 'How old is your child?');
  await expectSavedAt(tabB, 'age');
  expect((await savedJourneys(tabA))[0]?.journey.answers).toEqual({ who: 'child' });

  // Tab A carries on with its own answers, and its whole journey becomes the saved one.
  await tabA.bringToFront();
  await choose(tabA, '16-plus');
  await next(tabA, 'Continue', 'What do you want to do online?');
  await expectSavedAt(tabA, 'services');
  const [record] = await savedJourneys(tabB);
  expect(record?.journey.answers).toEqual({ who: 'myself', age: '16-plus' });
  expect(record?.revision).toBe(5);

  const tabC = await context.newPage();
  await tabC.goto('/');
  await expect(guide(tabC)).toContainText('You got as far as: What do you want to do online?');
});

// CDP's Storage.overrideQuotaForOrigin was tried first: in Chromium 156 it reports the new quota but IndexedDB
// writes still succeed, so the fault is made precisely instead: every put fails as a full device's would.
test('a quota error mid-journey: the patient is told, keeps going, and what was saved before is kept', async ({ page }) => {
  await page.goto('/');
  await next(page, 'Start now', 'Who is this for?');
  await choose(page, 'myself');
  await next(page, 'Continue', 'How old are you?');
  await expectSavedAt(page, 'age');

  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await choose(page, '16-plus');
  await next(page, 'Continue', 'What do you want to do online?');
  await expect(guide(page).locator('[part="storage-notice"]')).toHaveText(
    'Your progress cannot be saved on this device. You can still use this guide, but if you leave or reload this page you will need to start again.',
  );
  await expect(guide(page).locator('[part="saved-progress"]')).toHaveCount(0);
  expect(await axeViolations(page)).toBe('');
  await choose(page, 'record');
  await next(page, 'Continue', 'What you will see in a GP record');

  await page.reload();
  await expect(guide(page)).toContainText('You got as far as: How old are you?');
});

test('quick exit also deletes the saved answers', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' }),
  );
  await page.goto('/');
  await next(page, 'Start now', 'Who is this for?');
  await choose(page, 'adult');
  await next(page, 'Continue', 'Using online services for another adult');
  await expectSavedAt(page, 'proxy');
  await guide(page).getByRole('button', { name: 'Leave this page now' }).click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  await page.goto('/');
  expect(await savedJourneys(page)).toEqual([]);
  await expect(heading(page, 'Use your GP practice online')).toBeVisible();
});

test('when storage is refused the guide still works, and says progress will not be saved', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(guide(page).locator('[part="storage-notice"]')).toContainText('Your progress cannot be saved on this device.');
  await next(page, 'Start now', 'Who is this for?');
  await choose(page, 'myself');
  await next(page, 'Continue', 'How old are you?');
});

test('the resume page, the notice and the saved-answers line reflow at 320 px and work in forced colours', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await page.goto('/');
  await next(page, 'Start now', 'Who is this for?');
  await choose(page, 'myself');
  await next(page, 'Continue', 'How old are you?');
  await expectSavedAt(page, 'age');
  await page.goto('about:blank');
  await page.goto('/'); // a new visit, not a reload (which returns straight to the step)
  await expect(heading(page, 'Do you want to continue where you left off?')).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  expect(await axeViolations(page)).toBe('');
  await guide(page).getByRole('button', { name: 'Continue where you left off' }).click();
  await guide(page).getByRole('button', { name: 'Clear my answers' }).click();
  await guide(page).getByRole('button', { name: 'Yes, clear my answers' }).click();
  const notice = guide(page).locator('[part="storage-notice"]');
  await expect(notice).toBeFocused();
  // The notice's border is what marks it in forced colours; it must survive there.
  expect(await notice.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
  expect(await overflow()).toBe(0);
  expect(await axeViolations(page)).toBe('');
});
