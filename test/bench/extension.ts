/**
 * The extension's visual aids on portal-like pages of growing size, against Dark Reader's dynamic
 * theme on the same pages in the same run: main-thread time to apply, the longest task, and the idle
 * JS heap the content script adds.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { launchWithExtension, prepareBuildWithDemoAccess, registeredContentScripts } from '../support/extension-launch.js';
import { LONG_BLOCK_PROBE, measureAction, readMetrics, waitForQuiet, type Metrics } from './main-thread.js';
import { portalPage, recordNotesPage, type PortalStyle } from './portal-page.js';
import type { BenchResult } from './result.js';
import { summarise } from './stats.js';
import { explainTermsLoad, type ExplainTermsLoad } from './explain-terms-load.js';
import { forcedRestyleCost, loadCost, loadResults, pixelCheckTotals, type LoadCost } from './page-load.js';
import { portalPath, startPageServer, type PageServer } from './page-server.js';

/** Routed pages (the notes page); the portal pages come from a server (page-server.ts). The benchmark's copy of the extension is allowed on 127.0.0.1 only. */
const ORIGIN = 'http://127.0.0.1:9';
const requireFromHere = createRequire(import.meta.url);
const darkReaderSource = readFileSync(requireFromHere.resolve('darkreader/darkreader.js'), 'utf8');
const nhsukStylesheet = readFileSync(requireFromHere.resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css'), 'utf8');

/**
 * Starts Dark Reader's dynamic theme as soon as the page has a head (it adds its styles there, and throws if
 * there is none yet, as at the start of a page whose head is still on its way). Runs in the page.
 */
function startDarkReaderWithTheHead(): void {
  const start = (): void => (window as unknown as { DarkReader: { enable(o: object): void } }).DarkReader.enable({ brightness: 100, contrast: 100, sepia: 0 });
  if (document.head) return start();
  new MutationObserver((_, observer) => {
    if (!document.head) return;
    observer.disconnect();
    start();
  }).observe(document, { childList: true, subtree: true });
}

interface LongTask {
  start: number;
  duration: number;
}

interface ExtensionSession {
  context: BrowserContext;
  /** The global aids as the benchmark last set them. */
  aids: Record<string, unknown>;
  /** An extension page, from which settings are changed the way the popup changes them. */
  controlPage: Page;
  cleanup(): Promise<void>;
}

/**
 * The browser without the extension, for the baseline and Dark Reader: launched as the extension's is (a
 * persistent profile, the same flags), so the two differ by the extension alone. An incognito context of
 * another browser process laid the same page out slower in most loads (median layout 766 against 608 ms
 * over six loads each, 10,000 rows), which made the extension look cheaper than no extension.
 */
async function launchWithoutExtension(): Promise<{ context: BrowserContext; cleanup(): Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'rak-bench-plain-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, { headless: true, executablePath: findChromium(), args: chromiumArgs });
  return {
    context,
    async cleanup() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function launchExtension(): Promise<ExtensionSession> {
  const extensionDir = prepareBuildWithDemoAccess();
  const profileDir = mkdtempSync(join(tmpdir(), 'rak-bench-profile-'));
  const extension = await launchWithExtension(profileDir, extensionDir);
  for (let tries = 0; (await registeredContentScripts(extension)) === 0; tries++) {
    if (tries > 100) throw new Error('the content script was never registered');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const controlPage = await extension.context.newPage();
  await controlPage.goto(extension.url('options.html'));
  return {
    context: extension.context,
    aids: {},
    controlPage,
    async cleanup() {
      await extension.context.close();
      rmSync(extensionDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Changes the global aids through the background, as the popup does. */
function sendAids(session: ExtensionSession, patch: Record<string, unknown>): Promise<unknown> {
  return session.controlPage.evaluate((aids) => chrome.runtime.sendMessage({ type: 'settings/update', scope: { kind: 'global' }, patch: aids }), patch);
}

/**
 * Changes the global aids and waits until the background has registered the first-paint stylesheets they call
 * for (ids as in extension/background/content-scripts.ts). Without the wait a page loaded at once could miss the
 * sheet: the aid then adds its rules after the load, one more full restyle that a person browsing never pays.
 */
async function setAids(session: ExtensionSession, patch: Record<string, unknown>): Promise<void> {
  await sendAids(session, patch);
  Object.assign(session.aids, patch);
  const theme = session.aids.colourTheme;
  const wanted = [
    ...(theme === 'dark' || theme === 'light' ? [`record-access-aids-first-paint-${theme}`] : []),
    ...(session.aids.explainTerms === true ? ['record-access-aids-first-paint-explain-terms'] : []),
  ].sort();
  const registered = () =>
    session.controlPage.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts())
        .map((script) => script.id)
        .filter((id) => id.startsWith('record-access-aids-first-paint-'))
        .sort(),
    );
  for (let tries = 0; JSON.stringify(await registered()) !== JSON.stringify(wanted); tries++) {
    if (tries > 200) throw new Error(`the background never registered ${wanted.join(', ') || 'no first-paint sheet'}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** An aid as the benchmark turns it on and off, and the stylesheet that shows it has been applied. */
interface MeasuredAid {
  id: string;
  label: string;
  on: Record<string, unknown>;
  off: Record<string, unknown>;
  styleId: string;
}

const HIGH_CONTRAST: MeasuredAid = {
  id: 'high-contrast',
  label: 'high contrast on',
  on: { colourTheme: 'dark' },
  off: { colourTheme: 'none' },
  styleId: 'colour-theme',
};
const MEASURED_AIDS: MeasuredAid[] = [
  HIGH_CONTRAST,
  { id: 'text-size-200', label: 'text size 200%', on: { textSize: 200 }, off: { textSize: 100 }, styleId: 'text-size' },
  { id: 'text-spacing', label: 'text spacing (WCAG 1.4.12)', on: { textSpacing: 'wcag' }, off: { textSpacing: 'none' }, styleId: 'text-spacing' },
];

/** A generated portal page: how many result rows, and how it is styled. */
interface PageSpec {
  rows: number;
  style: PortalStyle;
}

function describePage({ rows, style }: PageSpec): string {
  const css = style === 'nhsuk' ? 'NHS.UK frontend CSS' : 'plain CSS';
  return `${rows.toLocaleString('en-GB')} rows, ${css}, ${(portalPage(rows, style).length / 1e6).toFixed(1)} MB`;
}

async function openPortal(context: BrowserContext, origin: string, spec: PageSpec): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.addInitScript(LONG_BLOCK_PROBE);
  await page.goto(`${origin}${portalPath(spec.rows, spec.style)}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await waitForQuiet(cdp);
  return { page, cdp };
}

async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (from) => Math.max(0, ...(window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((t) => t.start >= from).map((t) => t.duration)),
    since,
  );
}

interface Sample {
  mainThread: number;
  script: number;
  longest: number;
}

function toSample(m: Metrics, longest: number): Sample {
  return { mainThread: m.script + m.style + m.layout, script: m.script, longest };
}

async function measureOurs(session: ExtensionSession, origin: string, aid: MeasuredAid, spec: PageSpec): Promise<Sample> {
  await setAids(session, aid.off);
  const { page, cdp } = await openPortal(session.context, origin, spec);
  const start = await page.evaluate(() => performance.now());
  const cost = await measureAction(
    cdp,
    () => sendAids(session, aid.on),
    () =>
      page.evaluate(
        (styleId) =>
          new Promise<void>((resolve) => {
            // Done when the aid's stylesheet is in the page and a frame has been rendered with it.
            const selector = `[data-record-access-aid="${styleId}"]`;
            const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
            if (document.querySelector(selector)) return painted();
            new MutationObserver((_, observer) => {
              if (!document.querySelector(selector)) return;
              observer.disconnect();
              painted();
            }).observe(document.documentElement, { childList: true, subtree: true });
          }),
        aid.styleId,
      ),
  );
  const sample = toSample(cost, await longestTaskSince(page, start));
  await page.close();
  await setAids(session, aid.off);
  return sample;
}

async function measureDarkReader(context: BrowserContext, origin: string, spec: PageSpec): Promise<Sample> {
  const { page, cdp } = await openPortal(context, origin, spec);
  await page.addScriptTag({ content: darkReaderSource });
  await waitForQuiet(cdp);
  const start = await page.evaluate(() => performance.now());
  const cost = await measureAction(
    cdp,
    () =>
      page.evaluate(() => (window as unknown as { DarkReader: { enable(o: object): void } }).DarkReader.enable({ brightness: 100, contrast: 100, sepia: 0 })),
    () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
  );
  const sample = toSample(cost, await longestTaskSince(page, start));
  await page.close();
  return sample;
}

async function idleHeap(context: BrowserContext, origin: string, spec: PageSpec): Promise<number> {
  const { page, cdp } = await openPortal(context, origin, spec);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { heap } = await readMetrics(cdp);
  await page.close();
  return heap;
}

/**
 * The explain-terms aid on a 1 MB consultation-notes page: from switching it on to every term
 * highlighted and listed (the aid marks its host data-state="ready"), and the longest task meanwhile.
 */
async function measureExplainTerms(session: ExtensionSession): Promise<{ readyMs: number; longest: number; terms: number }> {
  await setAids(session, { explainTerms: false });
  const page = await session.context.newPage();
  const html = recordNotesPage(1_000_000);
  await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.addInitScript(LONG_BLOCK_PROBE);
  await page.goto(`${ORIGIN}/notes-1mb`);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await waitForQuiet(cdp);
  const start = await page.evaluate(() => performance.now());
  const ready = page.evaluate(
    () =>
      new Promise<{ at: number; terms: number }>((resolve) => {
        const check = (): boolean => {
          const host = document.querySelector<HTMLElement>('div[data-record-access-aid="explain-terms"]');
          if (host?.dataset.state !== 'ready') return false;
          resolve({ at: performance.now(), terms: Number(host.dataset.termsFound) });
          return true;
        };
        if (check()) return;
        new MutationObserver((_, observer) => {
          if (check()) observer.disconnect();
        }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
      }),
  );
  await setAids(session, { explainTerms: true });
  const { at, terms } = await ready;
  const longest = await longestTaskSince(page, start);
  await page.close();
  await setAids(session, { explainTerms: false });
  return { readyMs: at - start, longest, terms };
}

export interface ExtensionBenchOptions {
  runs: number;
  sizes: number[];
  /** Dark Reader is slow on the largest pages; fewer runs keep the benchmark short. */
  darkReaderRuns: number;
  /** Which fixture pages the pixel-check lines cover (default all; the smoke check takes one to prove the harness). */
  pixelCheckPages?: readonly string[];
  /** Leave out the unmeasured first page load of each contender (the smoke check: its figures are not reported). */
  noWarmUp?: boolean;
}

export async function benchExtension(options: ExtensionBenchOptions): Promise<BenchResult[]> {
  const server: PageServer = await startPageServer(nhsukStylesheet);
  const session = await launchExtension();
  const withoutExtension = await launchWithoutExtension();
  const plain = withoutExtension.context;
  const results: BenchResult[] = [];
  const costByRows = new Map<number, { ours: Sample[]; theirs: Sample[] }>();
  try {
    const compare = async (spec: PageSpec, ours: Sample[], budgeted: boolean, note?: string): Promise<void> => {
      const theirs: Sample[] = [];
      for (let run = 0; run < options.darkReaderRuns; run++) theirs.push(await measureDarkReader(plain, server.allowed, spec));
      const text = describePage(spec);
      const oursMedian = summarise(ours.map((s) => s.mainThread));
      const theirsMedian = summarise(theirs.map((s) => s.mainThread));
      results.push(
        {
          id: `darkreader.dynamic.${spec.style}.${spec.rows}`,
          group: 'peer',
          label: `Dark Reader dynamic theme, ${text}: script + style + layout`,
          unit: 'ms',
          summary: theirsMedian,
        },
        {
          id: `darkreader.dynamic.${spec.style}.${spec.rows}.longest-task`,
          group: 'peer',
          label: `Dark Reader dynamic theme, ${text}: longest task or rendering step`,
          unit: 'ms',
          summary: summarise(theirs.map((s) => s.longest)),
        },
        {
          id: `extension.vs-darkreader.${spec.style}.${spec.rows}`,
          group: 'comparison',
          label: `Dark Reader / our high contrast, ${text}`,
          unit: 'x',
          summary: summarise([theirsMedian.median / oursMedian.median]),
          ...(budgeted ? { budget: { min: 10 } } : {}),
          ...(note ? { note } : {}),
        },
      );
      if (spec.style === 'nhsuk') costByRows.set(spec.rows, { ours, theirs });
    };

    for (const rows of options.sizes) {
      const spec: PageSpec = { rows, style: 'nhsuk' };
      const text = describePage(spec);
      let highContrast: Sample[] = [];
      for (const aid of MEASURED_AIDS) {
        const ours: Sample[] = [];
        for (let run = 0; run < options.runs; run++) ours.push(await measureOurs(session, server.allowed, aid, spec));
        results.push(
          {
            id: `extension.${aid.id}.${rows}`,
            group: 'extension',
            label: `${aid.label}, ${text}: script + style + layout`,
            unit: 'ms',
            summary: summarise(ours.map((s) => s.mainThread)),
          },
          {
            id: `extension.${aid.id}.${rows}.longest-task`,
            group: 'extension',
            label: `${aid.label}, ${text}: longest task or rendering step`,
            unit: 'ms',
            summary: summarise(ours.map((s) => s.longest)),
          },
        );
        if (aid === HIGH_CONTRAST) highContrast = ours;
      }
      await compare(spec, highContrast, rows === 10_000);
    }

    // Dark Reader's lightest case: one small stylesheet, so it has little CSS to rewrite.
    const plainSpec: PageSpec = { rows: options.sizes.includes(10_000) ? 10_000 : (options.sizes[0] ?? 1000), style: 'plain' };
    const oursOnPlain: Sample[] = [];
    for (let run = 0; run < options.runs; run++) oursOnPlain.push(await measureOurs(session, server.allowed, HIGH_CONTRAST, plainSpec));
    results.push({
      id: `extension.high-contrast.plain.${plainSpec.rows}`,
      group: 'extension',
      label: `high contrast on, ${describePage(plainSpec)}: script + style + layout`,
      unit: 'ms',
      summary: summarise(oursOnPlain.map((s) => s.mainThread)),
    });
    await compare(plainSpec, oursOnPlain, false, "Dark Reader's lightest case");

    const smallest = costByRows.get(Math.min(...options.sizes));
    const largest = costByRows.get(Math.max(...options.sizes));
    if (smallest && largest && options.sizes.length > 1) {
      const ratio = (samples: Sample[], pick: (s: Sample) => number) => summarise(samples.map(pick)).median;
      results.push(
        {
          id: 'extension.high-contrast.script-growth',
          group: 'comparison',
          label: `our script time, largest / smallest page`,
          unit: 'x',
          summary: summarise([ratio(largest.ours, (s) => s.script) / ratio(smallest.ours, (s) => s.script)]),
          budget: { max: 2 },
          note: 'flat: the aid is one stylesheet, whatever the page size',
        },
        {
          id: 'extension.high-contrast.total-growth',
          group: 'comparison',
          label: `our total main-thread time, largest / smallest page`,
          unit: 'x',
          summary: summarise([ratio(largest.ours, (s) => s.mainThread) / ratio(smallest.ours, (s) => s.mainThread)]),
          note: "style and layout grow with the page for any stylesheet; that part is the browser's",
        },
        {
          id: 'darkreader.dynamic.total-growth',
          group: 'comparison',
          label: `Dark Reader total main-thread time, largest / smallest page`,
          unit: 'x',
          summary: summarise([ratio(largest.theirs, (s) => s.mainThread) / ratio(smallest.theirs, (s) => s.mainThread)]),
        },
      );
    }
    const explained: { readyMs: number; longest: number; terms: number }[] = [];
    for (let run = 0; run < options.runs; run++) explained.push(await measureExplainTerms(session));
    if (explained.some((sample) => sample.terms < 1000))
      throw new Error('explain terms found too few terms on the 1 MB notes page: the measurement is not of real work');
    results.push(
      {
        id: 'extension.explain-terms.ready',
        group: 'extension',
        label: 'explain terms on, 1 MB notes page: switched on -> all terms found, listed, and highlighted near the viewport',
        unit: 'ms',
        summary: summarise(explained.map((s) => s.readyMs)),
      },
      {
        id: 'extension.explain-terms.longest-task',
        group: 'extension',
        label: 'explain terms switched on in a 1 MB notes page loaded without it: longest task or rendering step',
        unit: 'ms',
        summary: summarise(explained.map((s) => s.longest)),
        // Our script work runs in slices of about 8 ms; what remains is the browser restyling the whole page
        // once for the new ::highlight() stylesheet, as it does for every aid's stylesheet (no budget there either).
        // Pages loaded with the aid on get the rules from the registered first-paint sheet: see the next lines.
        note: 'the browser restyles the whole page once for a new ::highlight() stylesheet',
      },
    );
    // Loading the notes page with explain terms already on, against the same load with it off, turn about.
    const termsLoads: { off: ExplainTermsLoad[]; on: ExplainTermsLoad[] } = { off: [], on: [] };
    for (let run = options.noWarmUp ? 0 : -1; run < options.runs; run++) {
      await setAids(session, { explainTerms: false });
      const off = await explainTermsLoad(session.context, ORIGIN, false);
      // setAids waits for the background to register the terms' stylesheet for the site.
      await setAids(session, { explainTerms: true });
      const on = await explainTermsLoad(session.context, ORIGIN, true);
      if (run < 0) continue;
      termsLoads.off.push(off);
      termsLoads.on.push(on);
    }
    await setAids(session, { explainTerms: false });
    const offMedian = (pick: (load: ExplainTermsLoad) => number): number => summarise(termsLoads.off.map(pick)).median;
    results.push(
      {
        id: 'load.explain-terms.style',
        group: 'page load',
        label: 'explain terms already on, 1 MB notes page load: style recalculation added over the load with it off',
        unit: 'ms',
        summary: summarise(termsLoads.on.map((load) => load.style - offMedian((off) => off.style))),
        note: 'the ::highlight() rules come with the first paint, so no restyle of the page for them',
      },
      {
        id: 'load.explain-terms.main-thread',
        group: 'page load',
        label: 'explain terms already on, 1 MB notes page load: main-thread time added (finding and listing the terms)',
        unit: 'ms',
        summary: summarise(termsLoads.on.map((load) => load.mainThread - offMedian((off) => off.mainThread))),
      },
      {
        id: 'load.explain-terms.longest-task',
        group: 'page load',
        label: "explain terms already on, 1 MB notes page load: longest task or rendering step (the page's own parsing included)",
        unit: 'ms',
        summary: summarise(termsLoads.on.map((load) => load.longest)),
      },
      {
        id: 'load.explain-terms.longest-task-off',
        group: 'page load',
        label: 'the same load with explain terms off: longest task or rendering step',
        unit: 'ms',
        summary: summarise(termsLoads.off.map((load) => load.longest)),
      },
    );
    // Page load with each aid already on, against no extension, the extension with nothing on, and Dark Reader.
    for (const rows of options.sizes.filter((n) => n <= 10_000)) {
      const plainRuns: LoadCost[] = [];
      const nothingOn: LoadCost[] = [];
      const notAllowed: LoadCost[] = [];
      const darkReader: LoadCost[] = [];
      const aids: { id: string; label: string; samples: LoadCost[] }[] = MEASURED_AIDS.map((aid) => ({
        id: aid.id,
        label: aid.label.replace(/ on$/, ''),
        samples: [],
      }));
      const darkReaderAtStart = `${darkReaderSource}\n;(${startDarkReaderWithTheHead.toString()})();`;
      // Contenders take turns within each round, after one unmeasured load each (cold caches, stylesheet parsing),
      // so the load of a shared machine falls on all of them alike.
      for (let run = options.noWarmUp ? 0 : -1; run < options.runs; run++) {
        const keep = (into: LoadCost[], value: LoadCost) => run >= 0 && into.push(value);
        const path = portalPath(rows, 'nhsuk');
        await setAids(session, { colourTheme: 'none', textSize: 100, textSpacing: 'none' });
        keep(plainRuns, await loadCost({ context: plain }, `${server.allowed}${path}`));
        keep(nothingOn, await loadCost({ context: session.context }, `${server.allowed}${path}`));
        // The same browser on a site the extension is not allowed on: no content script, nothing registered.
        keep(notAllowed, await loadCost({ context: session.context }, `${server.notAllowed}${path}`));
        for (const [i, aid] of MEASURED_AIDS.entries()) {
          await setAids(session, aid.on);
          keep(aids[i]!.samples, await loadCost({ context: session.context }, `${server.allowed}${path}`));
          await setAids(session, aid.off);
        }
        if (run < options.darkReaderRuns) keep(darkReader, await loadCost({ context: plain, initScript: darkReaderAtStart }, `${server.allowed}${path}`));
      }
      results.push(...loadResults(rows, { plain: plainRuns, nothingOn, notAllowed, darkReader, aids }));

      // Switching high contrast on in an open page, against one forced restyle of the same page.
      const toggles = costByRows.get(rows)?.ours;
      if (toggles) {
        const floors: number[] = [];
        const themedPasses: number[] = [];
        for (let run = 0; run < options.runs; run++) {
          const { page } = await openPortal(plain, server.allowed, { rows, style: 'nhsuk' });
          floors.push(await forcedRestyleCost(page));
          await page.close();
          // The same restyle in a page loaded with high contrast on: what the theme adds to every full style pass.
          await setAids(session, HIGH_CONTRAST.on);
          const themed = await openPortal(session.context, server.allowed, { rows, style: 'nhsuk' });
          themedPasses.push(await forcedRestyleCost(themed.page));
          await themed.page.close();
          await setAids(session, HIGH_CONTRAST.off);
        }
        const floor = summarise(floors);
        results.push(
          {
            id: `extension.forced-restyle.${rows}`,
            group: 'extension',
            label: `one forced full-page restyle (the floor), ${rows.toLocaleString('en-GB')}-row NHS.UK-styled page`,
            unit: 'ms',
            summary: floor,
          },
          {
            id: `extension.high-contrast.toggle-over-restyle.${rows}`,
            group: 'comparison',
            label: `switching high contrast on / one forced restyle, ${rows.toLocaleString('en-GB')} rows`,
            unit: 'x',
            summary: summarise([summarise(toggles.map((s) => s.mainThread)).median / floor.median]),
            budget: { max: 1.2 },
          },
          {
            id: `extension.high-contrast.restyle-with-theme.${rows}`,
            group: 'extension',
            label: `one forced full-page restyle with high contrast on (page loaded with it), ${rows.toLocaleString('en-GB')} rows`,
            unit: 'ms',
            summary: summarise(themedPasses),
          },
          {
            id: `extension.high-contrast.restyle-with-theme-over-floor.${rows}`,
            group: 'comparison',
            label: `one full restyle with high contrast on / without the extension, ${rows.toLocaleString('en-GB')} rows`,
            unit: 'x',
            summary: summarise([summarise(themedPasses).median / floor.median]),
            note: 'what the theme adds to every full style pass of the page, load or not',
          },
        );
      }
    }

    // The pixel check's totals on the realistic fixtures: what a person could see that the theme hides.
    for (const theme of ['dark', 'light'] as const) {
      const totals = await pixelCheckTotals(
        session.context,
        'http://127.0.0.1:10',
        (aids) => setAids(session, aids),
        { colourTheme: theme },
        options.pixelCheckPages,
      );
      for (const kind of ['text-vanished', 'icon-vanished', 'boundary-vanished', 'low-contrast'] as const) {
        results.push({
          id: `extension.pixel-check.${theme}.${kind}`,
          group: 'pixel check',
          label: `high contrast ${theme}, ${totals.pages} fixture pages: ${kind.replace('-', ' ')}`,
          unit: 'count',
          summary: summarise([totals[kind] ?? 0]),
          budget: { max: 0 },
        });
      }
    }
    await setAids(session, { colourTheme: 'none' });

    const heapSpec: PageSpec = { rows: options.sizes.includes(10_000) ? 10_000 : (options.sizes[0] ?? 1000), style: 'nhsuk' };
    const added: number[] = [];
    await setAids(session, HIGH_CONTRAST.on);
    for (let run = 0; run < Math.max(1, Math.min(options.runs, 3)); run++) {
      added.push((await idleHeap(session.context, server.allowed, heapSpec)) - (await idleHeap(plain, server.allowed, heapSpec)));
    }
    results.push({
      id: 'extension.idle-heap',
      group: 'extension',
      label: `idle JS heap added, high contrast on, ${describePage(heapSpec)}`,
      unit: 'bytes',
      summary: summarise(added),
    });
  } finally {
    await withoutExtension.cleanup();
    await session.cleanup();
    await server.close();
  }
  return results;
}
