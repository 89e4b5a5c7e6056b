/**
 * The guide's locales the suite walks. Every locale-dependent test loops over this one list.
 * Welsh is chosen with the element's `locale` attribute, as a webmaster would.
 */
import type { Page } from '@playwright/test';

export const LOCALES = ['en-GB', 'cy'] as const;
export type TestedLocale = (typeof LOCALES)[number];

/** Puts the guide on the page into `locale` (the element's `locale` attribute; English is the default). */
export async function applyLocale(page: Page, locale: TestedLocale): Promise<void> {
  if (locale === 'en-GB') return;
  await page.locator('record-access-guide').evaluate((guide, value) => guide.setAttribute('locale', value), locale as string);
  // Welsh is a chunk loaded on demand: wait until the guide shows it, or a step could be announced in English.
  await page.locator(`record-access-guide .base[lang="${locale}"]`).waitFor();
}
