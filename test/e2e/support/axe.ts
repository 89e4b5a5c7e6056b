/** axe-core for end-to-end tests: injected by evaluation, which also works past an extension page's CSP. */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { AXE_RUN_OPTIONS, formatViolations } from '../../support/axe-rules.js';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/**
 * Runs axe on the page, or only on the element matching `within` (e.g. the extension's own UI on a
 * page whose markup is not ours), and returns the formatted violations (empty string when there are none).
 */
export async function axeViolations(page: Page, within?: string): Promise<string> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    ({ options, selector }) =>
      (window as unknown as { axe: { run(c: Document | { include: string[] }, o: unknown): Promise<AxeResults> } }).axe.run(
        selector ? { include: [selector] } : document,
        options,
      ),
    { options: AXE_RUN_OPTIONS, selector: within },
  );
  return formatViolations(results);
}
