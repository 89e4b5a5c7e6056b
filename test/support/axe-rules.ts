/**
 * The one axe-core configuration and report format, shared by the component tests (web-test-runner)
 * and the end-to-end tests (Playwright), so both tiers hold pages to the same bar.
 */
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

/** A readable list of violations: rule, impact, help and the offending nodes. Empty when there are none. */
export function formatViolations(results: Pick<AxeResults, 'violations'>): string {
  return results.violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' >>> ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`).join('\n');
      return `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}
