/**
 * The extension's visual aids on portal-like pages of growing size, against Dark Reader's dynamic
 * theme on the same pages in the same run: main-thread time to apply, the longest task, and the idle
 * JS heap the content script adds.
 */
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { measureAction, readMetrics, waitForQuiet, type Metrics } from './main-thread.js';
import { portalPage } from './portal-page.js';
import type { BenchResult } from './result.js';
import { summarise } from './stats.js';

const BUILD = new URL('../../dist/extension/chrome', import.meta.url).pathname;
const ORIGIN = 'http://127.0.0.1:9';
const darkReaderSource = readFileSync(createRequire(import.meta.url).resolve('darkreader/darkreader.js'), 'utf8');

/**
 * Records blocking work from the start, so the longest block during an action can be read afterwards.
 * Long tasks miss style and layout done in the rendering step, so long animation frames are recorded too.
 */
const LONG_TASK_PROBE = `
  window.__longTasks = [];
  for (const type of ['longtask', 'long-animation-frame']) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // For a long animation frame, the block is its rendering step (style, layout, paint), run in one go.
        const duration = type === 'longtask' ? e.duration : e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0;
        window.__longTasks.push({ start: e.startTime, duration });
      }
    }).observe({ type, buffered: true });
  }`;

interface LongTask {
  start: number;
  duration: number;
}

interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  cleanup(): Promise<void>;
}

/**
 * Loads the Chrome build with host access to the benchmark origin already granted, as after a user
 * allowed that site (the permission prompt cannot be clicked by automation).
 */
async function launchExtension(): Promise<ExtensionSession> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'rak-bench-ext-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'rak-bench-profile-'));
  cpSync(BUILD, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const context = await chromium.launchPersistentContext(profileDir, {
    headless: true,
    executablePath: findChromium(),
    args: [...chromiumArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let tries = 0; ; tries++) {
    const registered = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
    if (registered > 0) break;
    if (tries > 100) throw new Error('the content script was never registered');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    context,
    worker,
    async cleanup() {
      await context.close();
      rmSync(extensionDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Writes the extension's stored settings the way its background does. */
async function setHighContrast(worker: Worker, on: boolean): Promise<void> {
  await worker.evaluate((value) => chrome.storage.local.set({ settings: { version: 1, values: { highContrast: value } } }), on);
}

async function openPortal(context: BrowserContext, rows: number): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const html = portalPage(rows);
  await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.addInitScript(LONG_TASK_PROBE);
  await page.goto(`${ORIGIN}/portal-${rows}`);
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

async function measureOurs(session: ExtensionSession, rows: number): Promise<Sample> {
  await setHighContrast(session.worker, false);
  const { page, cdp } = await openPortal(session.context, rows);
  const start = await page.evaluate(() => performance.now());
  const cost = await measureAction(
    cdp,
    () => setHighContrast(session.worker, true),
    () =>
      page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            // Done when the aid's stylesheet is in the page and a frame has been rendered with it.
            const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
            if (document.querySelector('[data-record-access-aid="high-contrast"]')) return painted();
            new MutationObserver((_, observer) => {
              if (!document.querySelector('[data-record-access-aid="high-contrast"]')) return;
              observer.disconnect();
              painted();
            }).observe(document.documentElement, { childList: true, subtree: true });
          }),
      ),
  );
  const sample = toSample(cost, await longestTaskSince(page, start));
  await page.close();
  return sample;
}

async function measureDarkReader(context: BrowserContext, rows: number): Promise<Sample> {
  const { page, cdp } = await openPortal(context, rows);
  await page.addScriptTag({ content: darkReaderSource });
  await waitForQuiet(cdp);
  const start = await page.evaluate(() => performance.now());
  const cost = await measureAction(
    cdp,
    () =>
      page.evaluate(() =>
        (window as unknown as { DarkReader: { enable(o: object): void } }).DarkReader.enable({ brightness: 100, contrast: 100, sepia: 0 }),
      ),
    () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
  );
  const sample = toSample(cost, await longestTaskSince(page, start));
  await page.close();
  return sample;
}

async function idleHeap(context: BrowserContext, rows: number): Promise<number> {
  const { page, cdp } = await openPortal(context, rows);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { heap } = await readMetrics(cdp);
  await page.close();
  return heap;
}

export interface ExtensionBenchOptions {
  runs: number;
  sizes: number[];
  /** Dark Reader is slow on the largest pages; fewer runs keep the benchmark short. */
  darkReaderRuns: number;
}

export async function benchExtension(browser: Browser, options: ExtensionBenchOptions): Promise<BenchResult[]> {
  const session = await launchExtension();
  const plain = await browser.newContext();
  const results: BenchResult[] = [];
  const costByRows = new Map<number, { ours: Sample[]; theirs: Sample[] }>();
  try {
    for (const rows of options.sizes) {
      const ours: Sample[] = [];
      const theirs: Sample[] = [];
      for (let run = 0; run < options.runs; run++) ours.push(await measureOurs(session, rows));
      for (let run = 0; run < options.darkReaderRuns; run++) theirs.push(await measureDarkReader(plain, rows));
      costByRows.set(rows, { ours, theirs });
      const text = `${rows.toLocaleString('en-GB')} rows, ${(portalPage(rows).length / 1e6).toFixed(1)} MB`;
      const oursMedian = summarise(ours.map((s) => s.mainThread));
      const theirsMedian = summarise(theirs.map((s) => s.mainThread));
      results.push(
        { id: `extension.high-contrast.${rows}`, group: 'extension', label: `high contrast on, ${text}: script + style + layout`, unit: 'ms', summary: oursMedian },
        { id: `extension.high-contrast.${rows}.longest-task`, group: 'extension', label: `high contrast on, ${text}: longest task or rendering step`, unit: 'ms', summary: summarise(ours.map((s) => s.longest)) },
        { id: `darkreader.dynamic.${rows}`, group: 'peer', label: `Dark Reader dynamic theme, ${text}: script + style + layout`, unit: 'ms', summary: theirsMedian },
        { id: `darkreader.dynamic.${rows}.longest-task`, group: 'peer', label: `Dark Reader dynamic theme, ${text}: longest task or rendering step`, unit: 'ms', summary: summarise(theirs.map((s) => s.longest)) },
        {
          id: `extension.vs-darkreader.${rows}`,
          group: 'comparison',
          label: `Dark Reader / ours, ${text}`,
          unit: 'x',
          summary: summarise([theirsMedian.median / oursMedian.median]),
          ...(rows === 10_000 ? { budget: { min: 10 } } : {}),
        },
      );
    }
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
    const heapRows = options.sizes.includes(10_000) ? 10_000 : (options.sizes[0] ?? 1000);
    const added: number[] = [];
    await setHighContrast(session.worker, true);
    for (let run = 0; run < Math.max(1, Math.min(options.runs, 3)); run++) {
      added.push((await idleHeap(session.context, heapRows)) - (await idleHeap(plain, heapRows)));
    }
    results.push({
      id: 'extension.idle-heap',
      group: 'extension',
      label: `idle JS heap added, high contrast on, ${heapRows.toLocaleString('en-GB')} rows`,
      unit: 'bytes',
      summary: summarise(added),
    });
  } finally {
    await plain.close();
    await session.cleanup();
  }
  return results;
}
