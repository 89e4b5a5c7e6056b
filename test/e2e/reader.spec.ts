/**
 * The document reader page in the real extension: text PDFs (tagged and untagged) from a file and from a
 * link, as real HTML in reading order with page navigation and the original page beside it; OCR of a
 * scan; and every bad input with its message. OCR tests use small pictures to stay fast.
 */
import { readFileSync } from 'node:fs';
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, test } from './support/extension.js';
import { collectErrors, fixture, openFile, openReader, settled } from './support/reader.js';

test('a tagged PDF from a file: headings, the medicines table as a table, and the original page drawn beside it', async ({ extension }) => {
  const page = await openReader(extension);
  const errors = collectErrors(page);
  await openFile(page, 'discharge-summary.pdf');
  expect(await settled(page)).toBe('ready');
  const text = page.locator('#document-text');
  await expect(page.locator('#doc-title')).toHaveText('discharge-summary.pdf');
  await expect(text.getByRole('heading', { name: 'Discharge summary' })).toBeVisible();
  await expect(text.getByRole('heading', { name: 'Medicines on discharge' })).toBeVisible();
  const table = text.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Medicine', 'Dose', 'How often', 'Change']);
  await expect(table.getByRole('row').nth(2).getByRole('cell')).toHaveText(['Ticagrelor', '90 mg', 'Twice a day', 'New, for 12 months']);
  await expect(page.locator('[data-source="tagged"]')).toHaveCount(1);
  // The original page is really drawn: the canvas has dark (text) pixels on white.
  const canvas = page.locator('#original-view canvas');
  await expect(canvas).toHaveAttribute('aria-label', 'Original page: Page 1');
  const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100) dark += 1;
    return dark / (data.length / 4);
  });
  expect(inked).toBeGreaterThan(0.005);
  expect(errors).toEqual([]);
});

test('an untagged PDF: the text in reading order, as paragraphs, with the headings found by size', async ({ extension }) => {
  const page = await openReader(extension);
  await openFile(page, 'results-letter-untagged.pdf');
  expect(await settled(page)).toBe('ready');
  await expect(page.locator('[data-source="untagged"]')).toHaveCount(1);
  await expect(page.locator('#document-text').getByRole('heading', { name: 'Your blood test results' })).toBeVisible();
  const shown = (await page.locator('#document-text').innerText()).replace(/\s+/g, ' ');
  // Every line of the letter, in the letter's order.
  const lines = readFileSync(fixture('results-letter.txt'), 'utf8').trim().split('\n');
  let at = 0;
  for (const line of lines) {
    const found = shown.indexOf(line.trim(), at);
    expect(found, `"${line}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + line.length;
  }
});
