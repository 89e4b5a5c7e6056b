/** axe-core for end-to-end tests: injected by evaluation, which also works past an extension page's CSP. */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { AXE_RUN_OPTIONS, formatViolations } from '../../support/axe-rules.js';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** Runs axe on the page and returns the formatted violations (empty string when there are none). */
export async function axeViolations(page: Page): Promise<string> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<AxeResults> } }).axe.run(document, options),
    AXE_RUN_OPTIONS,
  );
  return formatViolations(results);
}
