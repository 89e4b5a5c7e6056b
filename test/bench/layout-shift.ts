/**
 * Layout shift as the guide appears (#18 item 7): the Layout Instability API's total on an NHS.UK-styled
 * practice page embedding the guide with README's snippet, at 375 px and 1280 px, and the same page without
 * the snippet's reserved-size style (the embed as it was before) for comparison. The guide's files arrive
 * 1 s after the page asks, so the page has painted first, as over a slow network.
 */
import type { Browser } from 'playwright';
import { practicePage, readmeEmbedSnippet, routePracticePage, snippetWithoutReservedSize } from '../fixtures/practice-page.js';
import { layoutShiftsWhenSettled, recordLayoutShifts } from '../support/layout-shift.js';
import type { BenchResult } from './result.js';
import { summarise } from './stats.js';

const ORIGIN = 'http://brookfield-practice.test';
const SCREENS = [
  { width: 375, height: 667 },
  { width: 1280, height: 1024 },
] as const;

async function layoutShift(browser: Browser, viewport: { width: number; height: number }, snippet: string): Promise<number> {
  const page = await browser.newPage({ viewport });
  try {
    await recordLayoutShifts(page);
    await routePracticePage(page, ORIGIN, { html: practicePage({ snippet }) });
    await page.goto(`${ORIGIN}/`);
    const report = await layoutShiftsWhenSettled(page, 'Use your GP practice online', 1000);
    if (!report.paintedBeforeGuide) throw new Error('the page had not painted before the guide arrived: no shift could be seen');
    return report.total;
  } finally {
    await page.close();
  }
}

export async function benchLayoutShift(browser: Browser, runs: number): Promise<BenchResult[]> {
  const snippet = readmeEmbedSnippet();
  const unreserved = snippetWithoutReservedSize(snippet);
  const results: BenchResult[] = [];
  for (const viewport of SCREENS) {
    const withSnippet: number[] = [];
    const without: number[] = [];
    for (let run = 0; run < runs; run++) {
      withSnippet.push(await layoutShift(browser, viewport, snippet));
      without.push(await layoutShift(browser, viewport, unreserved));
    }
    results.push(
      {
        id: `widget.layout-shift.${viewport.width}`,
        group: 'widget',
        label: `layout shift as the guide appears, README snippet, NHS.UK page, ${viewport.width} px`,
        unit: 'score',
        summary: summarise(withSnippet),
        budget: { max: 0.05 },
      },
      {
        id: `widget.layout-shift.unreserved.${viewport.width}`,
        group: 'widget',
        label: `  the same without the snippet's reserved size, ${viewport.width} px`,
        unit: 'score',
        summary: summarise(without),
      },
    );
  }
  return results;
}
