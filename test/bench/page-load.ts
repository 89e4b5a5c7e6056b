/**
 * What an aid that is already on costs a page as it loads (the everyday case: a person browsing portal
 * pages with high contrast on), against the same page in a browser without the extension, with the
 * extension loaded but nothing on, and with Dark Reader's dynamic theme started at document start.
 * Also: switching high contrast on in an open page, as a ratio to one forced full-page restyle measured
 * in the same run (the floor any stylesheet-based aid pays), and the pixel check's totals on the fixtures.
 */
import type { BrowserContext, Page } from 'playwright';
import { FIXTURE_PAGES, routeFixturePages } from '../fixtures/portal-pages/index.js';
import { collectItems, compareStates, readState, tally } from '../support/what-the-person-sees.js';
import { measureAction, readMetrics, waitForQuiet } from './main-thread.js';
import type { BenchResult } from './result.js';
import { summarise } from './stats.js';

export interface LoadContender {
  context: BrowserContext;
  /** Runs before the page's own scripts (Dark Reader is started this way). */
  initScript?: string;
}

/** Main-thread time of one page load, by kind. */
export interface LoadCost {
  /** Script + style + layout. */
  mainThread: number;
  /** Of which style recalculation: what a theme changes, and less sensitive to a busy machine than the total. */
  style: number;
  /** Of which script: with the extension, its content script's own work. */
  script: number;
}

/** Main-thread time from navigation to `url` until the loaded page has been quiet for 250 ms. */
export async function loadCost(contender: LoadContender, url: string): Promise<LoadCost> {
  const page = await contender.context.newPage();
  if (contender.initScript) await page.addInitScript(contender.initScript);
  const cdp = await contender.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await readMetrics(cdp);
  // A loaded shared machine can take tens of seconds over a 10,000-row page with a theme on.
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await waitForQuiet(cdp);
  const after = await readMetrics(cdp);
  await page.close();
  const style = after.style - before.style;
  const script = after.script - before.script;
  return { mainThread: script + style + (after.layout - before.layout), style, script };
}

/** One forced restyle of every element: a stylesheet whose single universal rule changes nothing a person sees. */
export async function forcedRestyleCost(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await waitForQuiet(cdp);
  const cost = await measureAction(
    cdp,
    () =>
      page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = ':root * { --bench-restyle-probe: 1; }';
        document.head.append(style);
      }),
    () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))),
  );
  return cost.script + cost.style + cost.layout;
}

/** The pixel check (see test/support/what-the-person-sees.ts) over every fixture (or those in `paths`), for one theme: findings by kind. */
export async function pixelCheckTotals(
  context: BrowserContext,
  origin: string,
  setAids: (aids: Record<string, unknown>) => Promise<void>,
  aids: Record<string, unknown>,
  paths?: readonly string[],
): Promise<Record<string, number>> {
  await routeFixturePages(context, origin);
  const totals: Record<string, number> = { 'text-vanished': 0, 'icon-vanished': 0, 'boundary-vanished': 0, 'low-contrast': 0, pages: 0 };
  const page = await context.newPage();
  try {
    for (const fixture of FIXTURE_PAGES.filter((f) => !paths || paths.includes(f.path))) {
      await setAids({ colourTheme: 'none' });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${origin}${fixture.path}`);
      await page.waitForFunction(() => document.querySelectorAll('[data-record-access-aid]').length === 0);
      await page.evaluate(() => document.fonts.ready);
      await collectItems(page);
      const off = await readState(page);
      await setAids(aids);
      await page.locator('style[data-record-access-aid="colour-theme"]').waitFor({ state: 'attached' });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const counts = tally(compareStates(off, await readState(page), { minContrast: 7 }));
      for (const [kind, n] of Object.entries(counts)) totals[kind] = (totals[kind] ?? 0) + n;
      totals.pages = (totals.pages ?? 0) + 1;
    }
  } finally {
    await page.close();
    await context.unroute(`${origin}/**`);
  }
  return totals;
}

export function loadResults(
  rows: number,
  samples: {
    plain: LoadCost[];
    nothingOn: LoadCost[];
    /** The same browser as `nothingOn`, on a site the extension is not allowed on. */
    notAllowed: LoadCost[];
    darkReader: LoadCost[];
    aids: { id: string; label: string; samples: LoadCost[] }[];
  },
): BenchResult[] {
  const total = (loads: LoadCost[]): number[] => loads.map((load) => load.mainThread);
  const style = (loads: LoadCost[]): number[] => loads.map((load) => load.style);
  const plain = summarise(total(samples.plain)).median;
  const plainStyle = summarise(style(samples.plain)).median;
  const plainScriptStyle = summarise(samples.plain.map((load) => load.script + load.style)).median;
  const added = (loads: LoadCost[]) => summarise(total(loads).map((v) => v - plain));
  const addedStyle = (loads: LoadCost[]) => summarise(style(loads).map((v) => v - plainStyle));
  const text = `${rows.toLocaleString('en-GB')}-row NHS.UK-styled page`;
  const results: BenchResult[] = [
    {
      id: `load.plain.${rows}`,
      group: 'page load',
      label: `page load without the extension, ${text}: script + style + layout`,
      unit: 'ms',
      summary: summarise(total(samples.plain)),
    },
    {
      id: `load.plain.${rows}.style`,
      group: 'page load',
      label: `page load without the extension, ${text}: of which style recalculation`,
      unit: 'ms',
      summary: summarise(style(samples.plain)),
    },
    {
      id: `load.extension-nothing-on.${rows}`,
      group: 'page load',
      label: `added by the extension loaded with no aid on, ${text}`,
      unit: 'ms',
      summary: added(samples.nothingOn),
      budget: { max: 30 },
      note: 'goal: indistinguishable from no extension',
    },
    {
      id: `load.extension-nothing-on.${rows}.script-style`,
      group: 'page load',
      label: `added by the extension loaded with no aid on, ${text}: script + style only (its content script; layout varies most from load to load)`,
      unit: 'ms',
      summary: summarise(samples.nothingOn.map((load) => load.script + load.style - plainScriptStyle)),
    },
    {
      id: `load.extension-nothing-on-same-browser.${rows}`,
      group: 'page load',
      label: `added by the extension loaded with no aid on, against a site it is not allowed on in the same browser, ${text}`,
      unit: 'ms',
      summary: summarise(total(samples.nothingOn).map((v) => v - summarise(total(samples.notAllowed)).median)),
      note: 'the same browser process and profile, so a loaded machine weighs on both sides alike',
    },
    {
      id: `load.darkreader.${rows}`,
      group: 'page load',
      label: `added by Dark Reader's dynamic theme on from the start, ${text}`,
      unit: 'ms',
      summary: added(samples.darkReader),
    },
    {
      id: `load.darkreader.${rows}.style`,
      group: 'page load',
      label: `style recalculation added by Dark Reader's dynamic theme on from the start, ${text}`,
      unit: 'ms',
      summary: addedStyle(samples.darkReader),
    },
  ];
  const darkReaderAdded = summarise(total(samples.darkReader)).median - plain;
  for (const aid of samples.aids) {
    const ours = added(aid.samples);
    results.push(
      { id: `load.${aid.id}.${rows}`, group: 'page load', label: `added by ${aid.label} already on, ${text}`, unit: 'ms', summary: ours },
      {
        id: `load.${aid.id}.${rows}.style`,
        group: 'page load',
        label: `style recalculation added by ${aid.label} already on, ${text}`,
        unit: 'ms',
        summary: addedStyle(aid.samples),
      },
    );
    if (aid.id === 'high-contrast') {
      results.push({
        id: `load.darkreader-over-high-contrast.${rows}`,
        group: 'page load',
        label: `Dark Reader's added time / ours, high contrast already on, ${text}`,
        unit: 'x',
        summary: summarise([darkReaderAdded / Math.max(1, ours.median)]),
        ...(rows >= 10_000 ? { budget: { min: 10 } } : {}),
        note: 'ours is floored at 1 ms, so the ratio stays finite when our added time is within noise',
      });
    }
  }
  return results;
}
