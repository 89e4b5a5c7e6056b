/**
 * How much a page jumps while the guide appears, by the browser's Layout Instability API: every
 * 'layout-shift' entry from navigation until the guide has settled, minus those right after the person's
 * own input (hadRecentInput), as Cumulative Layout Shift counts them. The total of all entries is reported,
 * which is never less than CLS's worst session window.
 */
import type { Page } from 'playwright';

export interface LayoutShiftReport {
  /** The sum of the shift scores not caused by input. */
  total: number;
  /** Each shift: its score, when, and what moved (tag.class: before -> after, in CSS px). */
  shifts: { value: number; at: number; moved: string[] }[];
  /** The page had painted before the guide was defined, so the guide's arrival could be seen (and measured). */
  paintedBeforeGuide: boolean;
}

interface ShiftProbe {
  shifts: LayoutShiftReport['shifts'];
  firstPaint?: number;
  definedAt?: number;
}

/** Call before `page.goto`: records layout shifts, the first paint and when the guide was defined. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe: ShiftProbe = { shifts: [] };
    Object.defineProperty(window, '__layoutShiftProbe', { value: probe });
    const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        probe.shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          moved: entry.sources.map((s) => {
            const node =
              s.node instanceof Element
                ? `${s.node.localName}${s.node.className ? `.${String(s.node.className).split(' ')[0]}` : ''}`
                : String(s.node?.nodeName);
            return `${node}: ${rect(s.previousRect)} -> ${rect(s.currentRect)}`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-paint') probe.firstPaint = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    void customElements.whenDefined('record-access-guide').then(() => (probe.definedAt = performance.now()));
  });
}

/**
 * Waits until the guide shows `heading` and the page has been still for `quietMs` (its lazy parts and saved
 * progress have had time to arrive), then reports the shifts.
 */
export async function layoutShiftsWhenSettled(page: Page, heading: string, quietMs = 1500): Promise<LayoutShiftReport> {
  await page.waitForFunction(
    (text) => document.querySelector('record-access-guide')?.shadowRoot?.querySelector('#step-heading')?.textContent?.trim() === text,
    heading,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(quietMs);
  const probe = await page.evaluate(() => (window as unknown as { __layoutShiftProbe: ShiftProbe }).__layoutShiftProbe);
  return {
    total: probe.shifts.reduce((sum, shift) => sum + shift.value, 0),
    shifts: probe.shifts,
    paintedBeforeGuide: probe.firstPaint !== undefined && probe.definedAt !== undefined && probe.firstPaint < probe.definedAt,
  };
}
