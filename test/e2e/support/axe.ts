/**
 * axe-core for the Playwright tiers (end-to-end and the accessibility suite), with the project's one
 * configuration (test/support/axe-rules.ts). Injected by evaluation, which also works past an extension
 * page's CSP, and only once per document, since the accessibility suite checks hundreds of screens.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { AXE_RUN_OPTIONS, formatViolations } from '../../support/axe-rules.js';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeFindings {
  /** One entry per rule and node: "rule-id @ target", for set comparisons. */
  keys: string[];
  /** The readable report (empty when there are none). */
  report: string;
}

/** Runs axe on the page, or only inside the elements matching `within`, and returns the violations as data. */
export async function axeFindings(page: Page, within?: string): Promise<AxeFindings> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    ({ options, selector }) =>
      (window as unknown as { axe: { run(c: Document | { include: string[] }, o: unknown): Promise<AxeResults> } }).axe.run(
        selector ? { include: [selector] } : document,
        options,
      ),
    { options: AXE_RUN_OPTIONS, selector: within },
  );
  const keys = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} @ ${n.target.join(' >>> ')}`));
  return { keys, report: formatViolations(results) };
}

/**
 * Runs axe on the page, or only on the element matching `within` (e.g. the extension's own UI on a
 * page whose markup is not ours), and returns the formatted violations (empty string when there are none).
 */
export async function axeViolations(page: Page, within?: string): Promise<string> {
  return (await axeFindings(page, within)).report;
}
