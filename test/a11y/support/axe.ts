/**
 * axe-core for the accessibility suite, with the project's one configuration (test/support/axe-rules.ts).
 * Unlike test/e2e/support/axe.ts it injects axe once per document, not once per check, because this
 * suite checks hundreds of screens, and it returns the violations as data so they can be compared.
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

/** Runs axe on the page, or only inside the elements matching `within`. */
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
