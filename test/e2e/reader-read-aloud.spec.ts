/**
 * Read-aloud on the reader page, with real voices (espeak-ng through speech-dispatcher): the document's
 * text is read sentence by sentence with the same moving highlight and control bar as on web pages,
 * starting only when the person presses Read aloud.
 */
import type { Page } from '@playwright/test';
import { recordHighlightsInPage, seenHighlightsInPage } from '../support/page-probes.js';
import { expect, test } from './support/extension.js';
import { openFile, openReader, settled } from './support/reader.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

test.use({ realVoices: true });
test.setTimeout(90_000);

const HIGHLIGHT = 'record-access-reading';

const recordHighlights = (page: Page): Promise<void> => page.evaluate(recordHighlightsInPage, HIGHLIGHT);
const seenHighlights = (page: Page): Promise<string[]> => page.evaluate(seenHighlightsInPage);
const bar = (page: Page) => page.locator('[data-record-access-aids-read-aloud]');

test('Read aloud reads the document text with the moving highlight; Stop removes the bar and the highlight', async ({ extension }) => {
  const page = await openReader(extension);
  await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 30_000 }).toBeGreaterThan(0);
  await openFile(page, 'results-letter.pdf');
  expect(await settled(page)).toBe('ready');
  // Nothing is spoken by itself.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await expect(bar(page)).toHaveCount(0);
  await recordHighlights(page);
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect(bar(page)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  // The page heading, then the letter's own first lines, in order.
  await expect
    .poll(async () => (await seenHighlights(page)).slice(0, 3), { timeout: 30_000 })
    .toEqual(['Page 1', 'Willow Street Surgery 14 Willow Street Oakmere OK3 9CD', 'Date: 2 October 2026 NHS number: 999 765 4321']);
  await bar(page).getByRole('button', { name: 'Stop' }).click();
  await expect(bar(page)).toHaveCount(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
});

test('Read from here starts at the clicked paragraph of the document', async ({ extension }) => {
  const page = await openReader(extension);
  await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 30_000 }).toBeGreaterThan(0);
  await openFile(page, 'results-letter.pdf');
  expect(await settled(page)).toBe('ready');
  await page.getByRole('button', { name: 'Read from here' }).click();
  await expect(bar(page).getByRole('status')).toContainText('Click where reading should start');
  await recordHighlights(page);
  await page.locator('#document-text p', { hasText: 'Your cholesterol level' }).click({ position: { x: 2, y: 8 } });
  await expect.poll(async () => (await seenHighlights(page))[0], { timeout: 30_000 }).toBe('Your cholesterol level is a little high at 6.2 mmol per litre.');
  await bar(page).getByRole('button', { name: 'Stop' }).click();
  await expect(bar(page)).toHaveCount(0);
});
