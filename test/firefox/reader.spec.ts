/**
 * The document reader in Firefox ESR: PDF.js and tesseract.js (WebAssembly, shipped in the extension)
 * must work on Firefox's extension pages and under their CSP, as they do in Chromium.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { ElementHandle, Page } from 'puppeteer-core';
import { extensionErrors, launchFirefox, open, SLOW, type FirefoxSession } from './support/firefox.js';

test.describe.configure({ mode: 'serial' });

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/reader/${name}`, import.meta.url));

let session: FirefoxSession;
let reader: Page;

test.beforeAll(async () => {
  test.setTimeout(SLOW * 2);
  session = await launchFirefox();
  reader = await session.newPage();
});

test.afterAll(async () => {
  await session?.close();
});

/** Opens the reader afresh and chooses a fixture through its file picker, as a person choosing a file would. */
async function chooseFile(name: string): Promise<void> {
  await open(reader, session.url('reader/reader.html'));
  const input = (await reader.waitForSelector('#file', { timeout: SLOW })) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(fixture(name));
}

/** Chooses a fixture (chooseFile) and waits for the result. */
async function readFile(name: string, timeout = SLOW): Promise<string | undefined> {
  await chooseFile(name);
  await reader.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.readerState ?? ''), { timeout, polling: 100 });
  return reader.evaluate(() => document.body.dataset.readerState);
}

const documentText = (): Promise<string> => reader.evaluate(() => document.getElementById('document-text')?.textContent?.replace(/\s+/g, ' ') ?? '');

test('a tagged PDF: its headings and its medicines table as real HTML, and the original page drawn', async () => {
  expect(await readFile('discharge-summary.pdf')).toBe('ready');
  const shown = await reader.evaluate(() => ({
    headings: [...document.querySelectorAll('#document-text :is(h1, h2, h3, h4, h5, h6)')].map((h) => h.textContent?.trim()),
    headers: [...document.querySelectorAll('#document-text th')].map((th) => th.textContent?.trim()),
    source: document.querySelector('[data-source]')?.getAttribute('data-source'),
  }));
  expect(shown.headings).toEqual(expect.arrayContaining(['Discharge summary', 'Medicines on discharge']));
  expect(shown.headers).toEqual(expect.arrayContaining(['Medicine', 'Dose', 'How often', 'Change']));
  expect(shown.source).toBe('tagged');
  await reader.waitForSelector('#original-view canvas', { timeout: SLOW });
  const inked = await reader.$eval('#original-view canvas', (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100) dark += 1;
    return dark / (data.length / 4);
  });
  expect(inked).toBeGreaterThan(0.005);
});

test('a scanned letter is read on the device with OCR (tesseract.js WebAssembly under Firefox’s extension CSP)', async () => {
  test.setTimeout(SLOW * 4);
  expect(await readFile('clinic-letter-scan-150dpi.png', SLOW * 3)).toBe('ready');
  const text = await documentText();
  expect(text).toContain('Read from a picture: check names, numbers and doses against the original.');
  expect(text).toContain('empagliflozin 10 mg OD');
});

test('a password-protected PDF asks for the password, focused, and opens with the right one', async () => {
  await chooseFile('results-letter-password.pdf');
  await reader.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'password', { timeout: SLOW, polling: 100 });
  await reader.keyboard.type('oakmere');
  await reader.keyboard.press('Enter');
  await reader.waitForFunction(() => document.body.dataset.readerState === 'ready', { timeout: SLOW, polling: 100 });
  expect(await documentText()).toContain('Your blood test results');
});

test('a letter in Welsh says so, and its text is marked as Welsh', async () => {
  expect(await readFile('welsh-letter.pdf')).toBe('ready');
  const shown = await reader.evaluate(() => ({
    notice: document.querySelector('#document-text .page-notice')?.textContent,
    welsh: [...document.querySelectorAll('#document-text [lang="cy"]')].map((element) => element.textContent?.trim().slice(0, 14)),
  }));
  expect(shown.notice).toBe('This page looks like it is in Welsh. Read aloud and the explanations of words are made for English, so they may get it wrong.');
  expect(shown.welsh).toEqual(expect.arrayContaining(['Canlyniadau ei', 'Diolch am ddod']));
});

test('a scan lying on its side is turned in the picture worker and read (OffscreenCanvas in a Firefox worker)', async () => {
  test.setTimeout(SLOW * 6);
  expect(await readFile('results-letter-scan-150dpi-sideways.jpg', SLOW * 5)).toBe('ready');
  const text = await documentText();
  expect(text).toContain('This picture was on its side or upside down.');
  expect(text).toContain('Your cholesterol level is a little high');
});

test('no errors from the extension in Firefox’s console while reading', async () => {
  expect(await extensionErrors(session)).toEqual([]);
});
