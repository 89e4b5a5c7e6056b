/** Opening the document reader page in the test extension, and the reader's fixtures. */
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { LoadedExtension } from './extension.js';

export const READER_FIXTURES = fileURLToPath(new URL('../../fixtures/reader/', import.meta.url));
export const fixture = (name: string): string => `${READER_FIXTURES}${name}`;

/** Console errors and page errors on a page, collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

export async function openReader(extension: LoadedExtension, src?: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(extension.url(`reader/reader.html${src === undefined ? '' : `?src=${encodeURIComponent(src)}`}`));
  return page;
}

/** Opens a fixture through the reader's file picker, as a person choosing a file would. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.locator('#file').setInputFiles(fixture(name));
}

/** Waits until the reader has finished with the open document (ready or a clear error). */
export async function settled(page: Page, timeout = 30_000): Promise<string | undefined> {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.readerState ?? ''), undefined, { timeout });
  return page.evaluate(() => document.body.dataset.readerState);
}
