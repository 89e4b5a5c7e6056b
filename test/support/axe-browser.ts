/** axe-core for component tests running inside the browser (web-test-runner). */
import 'axe-core';
import type { AxeResults, ElementContext } from 'axe-core';
import { AXE_RUN_OPTIONS, formatViolations } from './axe-rules.js';

declare global {
  interface Window {
    axe: { run(context: ElementContext, options: typeof AXE_RUN_OPTIONS): Promise<AxeResults> };
  }
}

/** Fails with every violation listed when axe finds any in `context` (default: the whole document). */
export async function expectNoAxeViolations(context: ElementContext = document): Promise<void> {
  const results = await window.axe.run(context, AXE_RUN_OPTIONS);
  const report = formatViolations(results);
  if (report) throw new Error(`axe-core found ${results.violations.length} accessibility violation(s):\n${report}`);
}
