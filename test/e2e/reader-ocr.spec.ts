/**
 * OCR on the reader page, with small pictures so it stays quick: a scan read with its words marked
 * where unsure and the "read from a picture" notice, progress and Cancel, a PDF page that is only a
 * picture, and pictures with nothing reliable to read.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { LARGE_PHOTO_ARGS } from '../support/large-photo.js';
import { words, wordsRecognised } from '../support/word-accuracy.js';
import { expect, test } from './support/extension.js';
import { collectErrors, fixture, openFile, openReader, settled } from './support/reader.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

test.setTimeout(90_000);

test('a scanned letter (150 dpi, grey, turned 1.5°) is read on the device, marked as read from a picture, unsure words flagged', async ({ extension }) => {
  const page = await openReader(extension);
  const errors = collectErrors(page);
  // Record the highest progress the page bar showed, in the page itself (OCR of this picture takes seconds).
  await page.evaluate(() => {
    const w = window as unknown as { maxProgress: number };
    w.maxProgress = 0;
    const bar = document.getElementById('ocr-page-bar') as HTMLProgressElement;
    new MutationObserver(() => (w.maxProgress = Math.max(w.maxProgress, bar.value))).observe(document.getElementById('ocr-page-label')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await openFile(page, 'clinic-letter-scan-150dpi.png');
  expect(await settled(page, 80_000)).toBe('ready');
  const text = page.locator('#document-text');
  await expect(text.locator('.page-notice-picture')).toHaveText('Read from a picture: check names, numbers and doses against the original.');
  await expect(text).toContainText('Re: Morgan Trial, DOB 17/08/1975.');
  await expect(text).toContainText('empagliflozin 10 mg OD');
  expect(await page.evaluate(() => (window as unknown as { maxProgress: number }).maxProgress)).toBeGreaterThan(0);
  // Each unsure word is marked for sight, and says so to speech and screen readers.
  const unsure = text.locator('.doc-page mark.unsure:not(.sample)');
  const count = await unsure.count();
  if (count > 0) {
    await expect(unsure.first().locator('.visually-hidden')).toHaveText('(unclear word)');
    await expect(text.locator('.page-notice').filter({ has: page.locator('mark.sample') })).toContainText(`${count} words could not be read clearly`);
  } else await expect(page.locator('mark.sample')).toHaveCount(0);
  expect(Number(await text.locator('.doc-page').getAttribute('data-confidence'))).toBeGreaterThan(70);
  await expect(page.locator('#original-view canvas[role="img"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('OCR shows its progress and can be cancelled; the original stays, and it can be started again', async ({ extension }) => {
  const page = await openReader(extension);
  await openFile(page, 'results-letter-scan-300dpi.jpg');
  await expect(page.locator('#ocr-progress')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#ocr-progress progress')).toHaveCount(2);
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await settled(page)).toBe('ready');
  await expect(page.locator('#status')).toHaveText('Reading the picture was cancelled. The original is still shown.');
  await expect(page.locator('#ocr-progress')).toBeHidden();
  await expect(page.locator('#original-view canvas[role="img"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Read the picture again' })).toBeVisible();
});

test('a PDF page that is only a picture (scan to PDF) is read with OCR', async ({ extension }) => {
  const page = await openReader(extension);
  await openFile(page, 'clinic-letter-scan.pdf');
  expect(await settled(page, 80_000)).toBe('ready');
  await expect(page.locator('#document-text .page-notice-picture')).toBeVisible();
  await expect(page.locator('#document-text')).toContainText('Morgan Trial');
  await expect(page.locator('#original-view canvas')).toBeVisible();
});

test('a blank page and a page of scribble say so, and show no made-up text', async ({ extension }) => {
  const page = await openReader(extension);
  await openFile(page, 'blank-scan.jpg');
  expect(await settled(page, 60_000)).toBe('ready');
  await expect(page.locator('#document-text')).toContainText('No words were found in this picture.');
  await openFile(page, 'scribble-scan.jpg');
  expect(await settled(page, 60_000)).toBe('ready');
  const text = page.locator('#document-text .doc-page');
  await expect(text).toContainText(/could not be read reliably|No words were found/);
  await expect(text.locator('p:not(.page-notice p)')).toHaveCount(0);
});

test('a scanned letter in Welsh is read, and says it looks like Welsh read with English settings', async ({ extension }) => {
  const page = await openReader(extension);
  await openFile(page, 'welsh-letter-scan-150dpi.jpg');
  expect(await settled(page, 80_000)).toBe('ready');
  const section = page.locator('#document-text section.doc-page');
  await expect(section.locator('.page-notice[data-language="cy"]')).toHaveText(
    'This page looks like it is in Welsh. Its words were read with English settings, so some may be wrong. Check them against the original.',
  );
  await expect(section.getByText(/Diolch am ddod/)).toHaveAttribute('lang', 'cy');
});

test('a scan lying on its side, or upside down, is turned round and read as well as the same scan the right way up', async ({ extension }) => {
  test.setTimeout(180_000);
  const reference = words(readFileSync(fixture('results-letter.txt'), 'utf8'));
  const readWords = async (page: Page): Promise<string[]> =>
    words((await page.locator('#document-text .doc-page > p').allTextContents()).join('\n').replaceAll('(unclear word)', ''));
  const page = await openReader(extension);
  await openFile(page, 'results-letter-scan-150dpi.jpg');
  expect(await settled(page, 80_000)).toBe('ready');
  const upright = wordsRecognised(reference, await readWords(page));
  await openFile(page, 'results-letter-scan-150dpi-sideways.jpg');
  expect(await settled(page, 150_000)).toBe('ready');
  await expect(page.locator('#document-text .page-notice').first()).toHaveText(
    'This picture was on its side or upside down. It was turned round to read the words; the original is shown as it is.',
  );
  await expect(page.locator('#document-text .page-notice-picture')).toBeVisible();
  const sideways = wordsRecognised(reference, await readWords(page));
  // Upside down: the same scan turned 180°, made now.
  const upsideDown = test.info().outputPath('upside-down.jpg');
  execFileSync('convert', [fixture('results-letter-scan-150dpi.jpg'), '-rotate', '180', upsideDown]);
  await page.locator('#file').setInputFiles(upsideDown);
  expect(await settled(page, 150_000)).toBe('ready');
  await expect(page.locator('#document-text .page-notice').first()).toHaveText(/^This picture was on its side or upside down/);
  const turnedRound = wordsRecognised(reference, await readWords(page));
  expect(upright).toBeGreaterThanOrEqual(95);
  expect(sideways).toBeGreaterThanOrEqual(95);
  expect(turnedRound).toBeGreaterThanOrEqual(95);
});

test('a 30 MB phone photo is made smaller in the picture worker, off the page, and read', async ({ extension }) => {
  test.setTimeout(240_000);
  // Made now, not committed: the 300-dpi scan enlarged to 4000 × 5660 px, in colour, noisy, at JPEG quality 96.
  const photo = test.info().outputPath('phone-photo.jpg');
  execFileSync('convert', [...LARGE_PHOTO_ARGS(fixture('results-letter-scan-300dpi.jpg')), photo]);
  expect(statSync(photo).size).toBeGreaterThan(28 * 1024 * 1024);
  const page = await openReader(extension);
  const errors = collectErrors(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.locator('#file').setInputFiles(photo);
  expect(await settled(page, 200_000)).toBe('ready');
  // The photo was decoded and scaled by the reader's picture worker, not on the page.
  expect(workers).toContain(extension.url('reader/picture-worker.js'));
  const text = page.locator('#document-text');
  await expect(text.locator('.page-notice').first()).toHaveText(
    'This is a large photo. It was made smaller to read its words; the photo is still shown as the original page.',
  );
  const read = words((await text.locator('.doc-page > p').allTextContents()).join('\n').replaceAll('(unclear word)', ''));
  expect(wordsRecognised(words(readFileSync(fixture('results-letter.txt'), 'utf8')), read)).toBeGreaterThanOrEqual(90);
  await expect(page.locator('#original-view canvas[role="img"]')).toBeVisible();
  expect(errors).toEqual([]);
});
