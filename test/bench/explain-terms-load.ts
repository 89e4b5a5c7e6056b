/**
 * Explain terms on a 1 MB consultation-notes page loaded with the aid already on (the everyday case once
 * a person has switched it on): the main-thread time the aid adds to the load, against the same load with
 * it off in the same browser, and the longest block while the page loads and the terms are found.
 */
import type { BrowserContext } from 'playwright';
import { LONG_BLOCK_PROBE, readMetrics, waitForQuiet } from './main-thread.js';
import { recordNotesPage } from './portal-page.js';

export interface ExplainTermsLoad {
  /** Script + style + layout from navigation until the terms are listed and the page has been quiet for 250 ms. */
  mainThread: number;
  /** Of which style recalculation. */
  style: number;
  /** The longest task, or rendering step of a long animation frame, from navigation on. */
  longest: number;
}

/** One load of the notes page at `origin`; with `aidOn`, waits for the aid to say it is ready. */
export async function explainTermsLoad(context: BrowserContext, origin: string, aidOn: boolean): Promise<ExplainTermsLoad> {
  const page = await context.newPage();
  const html = recordNotesPage(1_000_000);
  await page.route(`${origin}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.addInitScript(LONG_BLOCK_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await readMetrics(cdp);
  await page.goto(`${origin}/notes-load`, { waitUntil: 'load', timeout: 180_000 });
  if (aidOn) await page.locator('div[data-record-access-aid="explain-terms"][data-state="ready"]').waitFor({ state: 'attached', timeout: 180_000 });
  await waitForQuiet(cdp);
  const after = await readMetrics(cdp);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: { duration: number }[] }).__longTasks.map((t) => t.duration)));
  await page.close();
  return {
    mainThread: after.script - before.script + (after.style - before.style) + (after.layout - before.layout),
    style: after.style - before.style,
    longest,
  };
}
