// Main-thread cost of an action in a page, from Chrome DevTools Protocol metrics (Performance.getMetrics):
// script, style recalculation and layout durations, the total of all tasks, and the JS heap.

import type { CDPSession } from 'playwright';

/** Milliseconds of main-thread work, and JS heap bytes. */
export interface Metrics {
  script: number;
  style: number;
  layout: number;
  tasks: number;
  heap: number;
}

export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    script: get('ScriptDuration') * 1000,
    style: get('RecalcStyleDuration') * 1000,
    layout: get('LayoutDuration') * 1000,
    tasks: get('TaskDuration') * 1000,
    heap: get('JSHeapUsedSize'),
  };
}

function difference(after: Metrics, before: Metrics): Metrics {
  return {
    script: after.script - before.script,
    style: after.style - before.style,
    layout: after.layout - before.layout,
    tasks: after.tasks - before.tasks,
    heap: after.heap - before.heap,
  };
}

/**
 * Waits until the page's main thread has been quiet: total task time grows by under 1 ms across
 * `quietMs`. Work that an action schedules in later tasks (as Dark Reader's dynamic theme does) is
 * therefore counted, for every contender alike.
 */
export async function waitForQuiet(cdp: CDPSession, quietMs = 250, limitMs = 120_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let last = (await readMetrics(cdp)).tasks;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = (await readMetrics(cdp)).tasks;
    if (now - last < 1) return;
    if (Date.now() > deadline) throw new Error(`main thread still busy after ${limitMs} ms`);
    last = now;
  }
}

/**
 * Measures the main-thread cost of `action`: from just before it until `done` resolves and the page
 * is quiet again. The page must be quiet before. `done` should be one wait (not a polling loop), so
 * the measurement adds as little work of its own as possible.
 */
export async function measureAction(cdp: CDPSession, action: () => Promise<unknown>, done: () => Promise<unknown>): Promise<Metrics> {
  const before = await readMetrics(cdp);
  await action();
  await done();
  await waitForQuiet(cdp);
  return difference(await readMetrics(cdp), before);
}

/**
 * Records blocking work from the start, so the longest block during an action can be read afterwards.
 * Long tasks miss style and layout done in the rendering step, so long animation frames are recorded too.
 */
export const LONG_BLOCK_PROBE = `
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
