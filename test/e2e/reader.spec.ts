/**
 * The document reader page in the real extension: text PDFs (tagged and untagged) from a file and from a
 * link, as real HTML in reading order with page navigation and the original page beside it; OCR of a
 * scan; and every bad input with its message. OCR tests use small pictures to stay fast.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, test } from './support/extension.js';
import { storeSettings } from './support/settings.js';
import { collectErrors, fixture, openFile, openReader, settled } from './support/reader.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

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

test('ten pages: page navigation by keyboard moves focus to each page and shows its original', async ({ extension }) => {
  const page = await openReader(extension);
  await openFile(page, 'ten-pages.pdf');
  expect(await settled(page)).toBe('ready');
  await expect(page.locator('section.doc-page')).toHaveCount(10);
  await expect(page.locator('#page-label')).toHaveText('Page 1 of 10');
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#page-2')).toBeFocused();
  await expect(page.locator('#page-label')).toHaveText('Page 2 of 10');
  await expect(page.locator('#original-view canvas')).toHaveAttribute('aria-label', 'Original page: Page 2');
  await page.getByLabel('Go to page').fill('7');
  await page.getByLabel('Go to page').press('Enter');
  await expect(page.locator('#page-7')).toBeFocused();
  await expect(page.locator('#original-view canvas')).toHaveAttribute('aria-label', 'Original page: Page 7');
  // A page that does not exist changes nothing.
  await page.getByLabel('Go to page').fill('11');
  await page.getByLabel('Go to page').press('Enter');
  await expect(page.locator('#page-label')).toHaveText('Page 7 of 10');
  // The original can be hidden, and shown again, and zoomed.
  await page.getByRole('button', { name: 'Original page' }).click();
  await expect(page.locator('#original')).toBeHidden();
  await page.getByRole('button', { name: 'Original page' }).click();
  await page.getByRole('button', { name: 'Zoom in to the original' }).click();
  await expect(page.locator('#zoom-label')).toHaveText('Zoom 125%');
});

test.describe('from a link', () => {
  test('a document on the allowed portal is fetched once, from that address only, and read', async ({ extension }) => {
    const address = `${DEMO_ORIGIN}/portal/documents/discharge-summary.pdf`;
    const requests: string[] = [];
    extension.context.on('request', (request) => requests.push(request.url()));
    const portal = await extension.context.newPage();
    await portal.goto(`${DEMO_ORIGIN}/portal/documents.html`);
    // The portal's own link is the address the popup or the context menu passes on.
    expect(await portal.getByRole('link', { name: /Discharge summary/ }).evaluate((a: HTMLAnchorElement) => a.href)).toBe(address);
    requests.length = 0;
    const page = await openReader(extension, address);
    expect(await settled(page)).toBe('ready');
    await expect(page.locator('#doc-title')).toHaveText('discharge-summary.pdf');
    await expect(page.locator('#document-text').getByRole('table')).toBeVisible();
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extension.id}/`))).toEqual([address]);
  });

  test('a site not allowed, or a link to another site, is refused with a message and no request', async ({ extension }) => {
    const requests: string[] = [];
    extension.context.on('request', (request) => requests.push(request.url()));
    // localhost is the same server, but the extension was allowed only 127.0.0.1.
    const notAllowed = `${DEMO_ORIGIN.replace('127.0.0.1', 'localhost')}/portal/documents/clinic-letter.pdf`;
    const page = await openReader(extension, notAllowed);
    expect(await settled(page)).toBe('error');
    await expect(page.getByRole('alert')).toContainText('only get documents from sites you have allowed');
    const otherSite = await extension.context.newPage();
    await otherSite.goto(
      extension.url(`reader/reader.html?src=${encodeURIComponent(notAllowed)}&from=${encodeURIComponent(`${DEMO_ORIGIN}/portal/documents.html`)}`),
    );
    expect(await settled(otherSite)).toBe('error');
    await expect(otherSite.getByRole('alert')).toContainText('only gets documents from the site you are on');
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extension.id}/`))).toEqual([]);
  });
});

test('a password-protected PDF asks for the password on the device, says when it is wrong, then opens', async ({ extension }) => {
  const page = await openReader(extension);
  await openFile(page, 'results-letter-password.pdf');
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toBeFocused();
  await password.fill('wrong');
  await password.press('Enter');
  await expect(page.getByText('That password is not right')).toBeVisible();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await password.fill('oakmere');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  expect(await settled(page)).toBe('ready');
  await expect(page.locator('#document-text').getByRole('heading', { name: 'Your blood test results' })).toBeVisible();
  // Giving up says why nothing opened.
  await openFile(page, 'results-letter-password.pdf');
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await settled(page)).toBe('error');
  await expect(page.getByRole('alert')).toHaveText('The document was not opened because it needs a password.');
});

test('bad files get a clear message and the page keeps working: not a document, empty, damaged, truncated, too big', async ({ extension }) => {
  const page = await openReader(extension);
  const errors = collectErrors(page);
  const pdf = readFileSync(fixture('discharge-summary.pdf'));
  const cases: { name: string; buffer: Buffer; message: RegExp }[] = [
    { name: 'notes.txt', buffer: Buffer.from('Dear Alex, this is plain text.'), message: /notes\.txt is not a PDF or a picture/ },
    { name: 'empty.pdf', buffer: Buffer.alloc(0), message: /empty\.pdf is empty/ },
    {
      name: 'damaged.pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x41)]),
      message: /damaged\.pdf could not be opened. It may be damaged/,
    },
    { name: 'half.pdf', buffer: pdf.subarray(0, Math.floor(pdf.length / 3)), message: /half\.pdf could not be opened. It may be damaged/ },
    { name: 'broken.png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), message: /picture could not be read/ },
  ];
  // Playwright passes files over 50 MB by path only.
  const huge = test.info().outputPath('huge.pdf');
  writeFileSync(huge, Buffer.alloc(61 * 1024 * 1024, 0x20));
  for (const { name, buffer, message } of [...cases, { name: 'huge.pdf', buffer: undefined, message: /huge\.pdf is too big to open \(61 MB\)/ }]) {
    await page.locator('#file').setInputFiles(buffer ? { name, mimeType: 'application/octet-stream', buffer } : huge);
    expect(await settled(page), name).toBe('error');
    await expect(page.getByRole('alert'), name).toHaveText(message);
  }
  // After all that, a good file still opens.
  await openFile(page, 'clinic-letter.pdf');
  expect(await settled(page)).toBe('ready');
  await expect(page.getByRole('alert')).toBeHidden();
  expect(errors).toEqual([]);
});

test('a 300-page PDF is streamed: the first page can be read while the rest are still coming', async ({ extension }) => {
  test.setTimeout(120_000);
  const maker = await extension.context.newPage();
  await maker.setContent(
    `<!doctype html><html lang="en"><body>${Array.from({ length: 300 }, (_, i) => `<section style="break-after: page"><h1>Section ${i + 1}</h1><p>This is page ${i + 1} of a long fictional record. It has one sentence more.</p></section>`).join('')}</body></html>`,
  );
  const buffer = await maker.pdf({ format: 'A4', tagged: true });
  await maker.close();
  const page = await openReader(extension);
  await page.locator('#file').setInputFiles({ name: 'long-record.pdf', mimeType: 'application/pdf', buffer });
  await expect(page.locator('#document-text').getByRole('heading', { name: 'Section 1', exact: true })).toBeVisible();
  const stateAtFirst = await page.evaluate(() => ({ state: document.body.dataset.readerState, pages: document.querySelectorAll('section.doc-page').length }));
  expect(stateAtFirst.state).toBe('loading');
  expect(stateAtFirst.pages).toBeLessThan(300);
  // The page answers while pages are still arriving. (Next before page 2 has arrived does nothing: wait for it.)
  await expect(page.locator('#page-2')).toBeAttached();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.locator('#page-2')).toBeFocused();
  expect(await settled(page, 100_000)).toBe('ready');
  await expect(page.locator('section.doc-page')).toHaveCount(300);
  await expect(page.locator('#page-300')).toHaveText('Page 300 of 300');
});

test('the reading aids apply on the reader page: colour theme, and medical terms explained', async ({ extension }) => {
  await storeSettings(extension, { global: { colourTheme: 'dark', explainTerms: true } });
  const page = await openReader(extension);
  await openFile(page, 'clinic-letter.pdf');
  expect(await settled(page)).toBe('ready');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  await expect(page.locator('[data-record-access-aid="explain-terms"]:not(style)')).toHaveAttribute('data-state', 'ready');
  // HbA1c is in the glossary: explain-terms finds it in the document text.
  expect(await page.evaluate(() => [...(CSS.highlights.keys() as unknown as Iterable<string>)].length)).toBeGreaterThan(0);
});

test('the popup over a PDF open in a tab on an allowed site offers Open in the reader, which reads it', async ({ extension }) => {
  const address = `${DEMO_ORIGIN}/portal/documents/clinic-letter.pdf`;
  const tab = await extension.context.newPage();
  await tab.goto(`${DEMO_ORIGIN}/portal/documents.html`);
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  await tab.bringToFront();
  await popup.reload();
  // Not on an ordinary page.
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Open in the reader' })).toHaveCount(0);
  await tab.evaluate((url) => (location.href = url), address).catch(() => undefined);
  await expect.poll(() => tab.url()).toBe(address);
  await tab.bringToFront();
  await popup.reload();
  const opened = extension.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open in the reader' }).click();
  const reader = await opened;
  expect(reader.url()).toBe(extension.url(`reader/reader.html?src=${encodeURIComponent(address)}`));
  expect(await settled(reader)).toBe('ready');
  await expect(reader.locator('#document-text')).toContainText('HbA1c is 62 mmol/mol');
});

test('a letter in Welsh says so, and its text is marked as Welsh for screen readers; an English letter says nothing', async ({ extension }) => {
  const page = await openReader(extension);
  await openFile(page, 'welsh-letter.pdf');
  expect(await settled(page)).toBe('ready');
  const section = page.locator('#document-text section.doc-page');
  await expect(section.locator('.page-notice')).toHaveText(
    'This page looks like it is in Welsh. Read aloud and the explanations of words are made for English, so they may get it wrong.',
  );
  // The letter's own text is marked Welsh; the reader's heading and notice (English) are not.
  await expect(section.getByRole('heading', { name: 'Canlyniadau eich prawf gwaed' })).toHaveAttribute('lang', 'cy');
  await expect(section.getByText(/^Diolch am ddod/)).toHaveAttribute('lang', 'cy');
  expect(await section.evaluate((s) => [...s.querySelectorAll('.page-heading, .page-notice')].map((e) => e.closest('[lang]')?.getAttribute('lang')))).toEqual([
    'en-GB',
    'en-GB',
  ]);
  await openFile(page, 'results-letter.pdf');
  expect(await settled(page)).toBe('ready');
  await expect(page.locator('#document-text [lang]')).toHaveCount(0);
  await expect(page.locator('#document-text .page-notice')).toHaveCount(0);
});
