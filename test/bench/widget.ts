/**
 * The widget: bundle size, time from the script arriving to the first step rendered, main-thread time
 * of a step change, and long tasks during load and the first interaction.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import { measureAction, waitForQuiet } from './main-thread.js';
import type { BenchResult } from './result.js';
import { summarise } from './stats.js';

const BUNDLE = new URL('../../dist/widget/record-access-guide.js', import.meta.url);
const ONE_FILE = new URL('../../dist/widget/one-file/record-access-guide.js', import.meta.url);
const ORIGIN = 'http://127.0.0.1:9';

/** In-page probes, installed before the widget script runs. */
const PAGE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Widget benchmark</title>
<script>
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  customElements.whenDefined('record-access-guide').then(async () => {
    await document.querySelector('record-access-guide').updateComplete;
    window.__bench.renderedAt = performance.now();
  });
</script>
<script type="module" src="/dist/widget/record-access-guide.js"></script>
</head><body><main><record-access-guide practice-name="Benchmark Surgery"></record-access-guide></main></body></html>`;

interface PageProbe {
  longTasks: { start: number; duration: number }[];
  renderedAt?: number;
}

/** `cpuSlowdown`: the CPU throttled this many times (a mid-range phone is about 4x slower than this machine's cores). */
async function openWidgetPage(browser: Browser, cpuSlowdown = 1): Promise<Page> {
  const page = await browser.newPage();
  if (cpuSlowdown > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const bundle = readFileSync(BUNDLE);
  await page.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/dist/widget/record-access-guide.js') return route.fulfill({ body: bundle, contentType: 'text/javascript' });
    if (pathname === '/') return route.fulfill({ body: PAGE, contentType: 'text/html' });
    // The parts the guide fetches beside its first render (the later steps, saved answers, glossary, step history), as a practice serves them.
    const part = /^\/dist\/widget\/(parts|locales)\/[\w-]+\.js$/.test(pathname) ? new URL(`../..${pathname}`, import.meta.url) : null;
    if (part && existsSync(part)) return route.fulfill({ body: readFileSync(part), contentType: 'text/javascript' });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/`);
  return page;
}

function sizeResults(): BenchResult[] {
  const code = readFileSync(BUNDLE);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const one = (value: number) => summarise([value]);
  return [
    { id: 'widget.size.min', group: 'widget', label: 'bundle, minified', unit: 'bytes', summary: one(code.length) },
    { id: 'widget.size.gzip', group: 'widget', label: 'bundle, gzip', unit: 'bytes', summary: one(gzip), budget: { max: 30_000 } },
    { id: 'widget.size.brotli', group: 'widget', label: 'bundle, brotli', unit: 'bytes', summary: one(brotli) },
    ...onDemandSizes(),
    {
      id: 'widget.size.one-file',
      group: 'widget',
      label: 'one-file build (every part inside), gzip',
      unit: 'bytes',
      summary: one(gzipSync(readFileSync(ONE_FILE), { level: 9 }).length),
    },
  ];
}

/** The parts fetched beside the first render (the later steps, saved answers...) or only when needed (a locale, Listen's speech code): not in the budget above, but reported. */
function onDemandSizes(): BenchResult[] {
  return ['locales', 'parts'].flatMap((folder) => {
    const dir = new URL(`${folder}/`, BUNDLE);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.js') && !file.endsWith('.dev.js'))
      .map((file): BenchResult => {
        const name = file.replace(/-[\w-]{8}\.js$/, ''); // rollup's 8-character content hash
        const gzip = gzipSync(readFileSync(new URL(file, dir)), { level: 9 }).length;
        return { id: `widget.size.on-demand.${name}`, group: 'widget', label: `on demand: ${folder}/${name}, gzip`, unit: 'bytes', summary: summarise([gzip]) };
      });
  });
}

/** Clicks the step's primary button (Start or Continue) and resolves once the next step has rendered and painted. */
async function clickPrimary(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.querySelector('record-access-guide')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => /^\s*(start|continue)/i.test(b.textContent ?? ''));
    if (!button) return false;
    button.click();
    return true;
  });
}

export async function benchWidget(browser: Browser, runs: number): Promise<BenchResult[]> {
  const firstRender: number[] = [];
  const loadLongTasks: number[] = [];
  const stepChange: number[] = [];
  const stepLongTasks: number[] = [];
  let stepChangeNote = '';
  for (let run = 0; run < runs; run++) {
    const page = await openWidgetPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.waitForFunction(() => (window as unknown as { __bench: PageProbe }).__bench.renderedAt !== undefined);
    await waitForQuiet(cdp);
    const probe = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: PageProbe }).__bench;
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/record-access-guide.js')) as PerformanceResourceTiming;
      return { renderedAt: bench.renderedAt ?? NaN, received: script.responseEnd, longTasks: bench.longTasks.length };
    });
    firstRender.push(probe.renderedAt - probe.received);
    loadLongTasks.push(probe.longTasks);

    let clicked = false;
    const cost = await measureAction(
      cdp,
      async () => (clicked = await clickPrimary(page)),
      () =>
        page.evaluate(async () => {
          await document.querySelector('record-access-guide')?.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }),
    );
    if (clicked) {
      stepChange.push(cost.script + cost.style + cost.layout);
      stepLongTasks.push(await page.evaluate(() => (window as unknown as { __bench: PageProbe }).__bench.longTasks.length));
    } else {
      stepChangeNote = 'this build has no Start or Continue button to press';
    }
    await page.close();
  }
  const stepResult = (id: string, label: string, values: number[], unit: 'ms' | 'count', max: number): BenchResult =>
    values.length
      ? { id, group: 'widget', label, unit, summary: summarise(values), budget: { max } }
      : { id, group: 'widget', label, unit, budget: { max }, note: stepChangeNote };
  // The same first render on a CPU throttled 4x, as on a mid-range phone.
  const throttledRender: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await openWidgetPage(browser, 4);
    await page.waitForFunction(() => (window as unknown as { __bench: PageProbe }).__bench.renderedAt !== undefined);
    throttledRender.push(
      await page.evaluate(() => {
        const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/record-access-guide.js')) as PerformanceResourceTiming;
        return ((window as unknown as { __bench: PageProbe }).__bench.renderedAt ?? NaN) - script.responseEnd;
      }),
    );
    await page.close();
  }
  return [
    ...sizeResults(),
    {
      id: 'widget.first-render.cpu-4x',
      group: 'widget',
      label: 'script received -> first step rendered, CPU throttled 4x',
      unit: 'ms',
      summary: summarise(throttledRender),
    },
    {
      id: 'widget.first-render',
      group: 'widget',
      label: 'script received -> first step rendered',
      unit: 'ms',
      summary: summarise(firstRender),
      budget: { max: 50 },
    },
    {
      id: 'widget.load.long-tasks',
      group: 'widget',
      label: 'long tasks (>50 ms) during load',
      unit: 'count',
      summary: summarise(loadLongTasks),
      budget: { max: 0 },
    },
    stepResult('widget.step-change', 'step change: script + style + layout', stepChange, 'ms', 16),
    stepResult('widget.step.long-tasks', 'long tasks during load and first interaction', stepLongTasks, 'count', 0),
  ];
}
