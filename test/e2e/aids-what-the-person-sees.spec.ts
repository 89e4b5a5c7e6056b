/**
 * Every visual aid on every realistic portal fixture (real NHS.UK and NHS App design-system CSS), at 1280 px
 * (and text size and spacing again at 375 px),
 * judged by pixels: with the aid on, no text, icon or control boundary a person could see with it
 * off may vanish, and under the high-contrast themes every text must be painted at 7:1 or more.
 * The control case proves the check catches a card covered by an opaque layer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { FIXTURE_PAGES, routeFixturePages } from '../fixtures/portal-pages/index.js';
import { collectItems, compareStates, readState, tally, type Finding } from '../support/what-the-person-sees.js';
import { DEMO_PORT } from './support/demo-origin.js';
import { expect, test } from './support/extension.js';
import { storeSettings } from './support/settings.js';

/** Any port: the extension is allowed on 127.0.0.1, and the pages are served by routing, not a server. */
const FIXTURE_ORIGIN = `http://127.0.0.1:${DEMO_PORT + 2}`;

interface AidState {
  name: string;
  aids: Record<string, unknown>;
  /** The element that shows the aid is in place. */
  ready: string;
  /** Painted text contrast the aid promises. */
  minContrast?: number;
}

export const AID_STATES: readonly AidState[] = [
  { name: 'high contrast dark', aids: { colourTheme: 'dark' }, ready: 'style[data-record-access-aid="colour-theme"]', minContrast: 7 },
  { name: 'high contrast light', aids: { colourTheme: 'light' }, ready: 'style[data-record-access-aid="colour-theme"]', minContrast: 7 },
  {
    name: 'custom colours',
    aids: { colourTheme: 'custom', customText: '#ffffff', customBackground: '#1d2328' },
    ready: 'style[data-record-access-aid="colour-theme"]',
  },
  { name: 'text size 200%', aids: { textSize: 200 }, ready: 'style[data-record-access-aid="text-size"]' },
  { name: 'text spacing', aids: { textSpacing: 'wcag' }, ready: 'style[data-record-access-aid="text-spacing"]' },
  { name: 'readable font', aids: { readableFont: 'atkinson' }, ready: 'style[data-record-access-aid="readable-font"]' },
  { name: 'underline links', aids: { underlineLinks: true }, ready: 'style[data-record-access-aid="underline-links"]' },
  { name: 'strong focus', aids: { strongFocus: true }, ready: 'style[data-record-access-aid="strong-focus"]' },
  { name: 'stop animations', aids: { stopAnimations: true }, ready: 'style[data-record-access-aid="stop-animations"]' },
  { name: 'large cursor', aids: { largeCursor: true }, ready: 'style[data-record-access-aid="large-cursor"]' },
  { name: 'explain terms', aids: { explainTerms: true }, ready: 'div[data-record-access-aid="explain-terms"][data-state="ready"]' },
];

/** The aids checked again at 375 px. */
const NARROW_AIDS = ['text size 200%', 'text spacing'];

async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

const describe = (findings: Finding[]): string[] => findings.map((f) => `${f.kind}: ${f.what}${f.detail ? ` (${f.detail})` : ''}`);

test.describe('what the person sees, aid off against aid on', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const fixture of FIXTURE_PAGES) {
    test(`${fixture.path}: every aid keeps every text, icon and control boundary visible`, async ({ extension }, testInfo) => {
      test.setTimeout(120_000);
      await routeFixturePages(extension.context, FIXTURE_ORIGIN);
      await storeSettings(extension, { global: {} });
      const page = await extension.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${FIXTURE_ORIGIN}${fixture.path}`);
      await settle(page);
      await collectItems(page);
      const off = await readState(page);
      expect(off.items.texts.length, 'the fixture has text to judge').toBeGreaterThan(10);
      const report: Record<string, string[]> = {};
      for (const state of AID_STATES) {
        await storeSettings(extension, { global: state.aids });
        await page.locator(state.ready).first().waitFor({ state: 'attached' });
        await settle(page);
        const on = await readState(page);
        const findings = compareStates(off, on, { minContrast: state.minContrast });
        if (findings.length > 0) {
          report[state.name] = describe(findings);
          // What the person saw, before and after, for whoever reads the failure.
          for (const [when, shot] of [
            ['off', off.png],
            ['on', on.png],
          ] as const) {
            const path = testInfo.outputPath(`${state.name.replace(/\W+/g, '-')}-aid-${when}.png`);
            writeFileSync(path, shot);
            await testInfo.attach(`${state.name}, aid ${when}`, { path, contentType: 'image/png' });
          }
        }
        await storeSettings(extension, { global: {} });
        await expect.poll(() => page.locator('[data-record-access-aid]').count()).toBe(0);
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      // At 375 px (a phone), the aids that change the text's size and spacing, where reflow could hide text.
      await page.setViewportSize({ width: 375, height: 800 });
      await settle(page);
      await collectItems(page);
      const narrowOff = await readState(page);
      for (const state of AID_STATES.filter((aid) => NARROW_AIDS.includes(aid.name))) {
        await storeSettings(extension, { global: state.aids });
        await page.locator(state.ready).first().waitFor({ state: 'attached' });
        await settle(page);
        const findings = compareStates(narrowOff, await readState(page), { minContrast: state.minContrast });
        if (findings.length > 0) report[`${state.name} at 375 px`] = describe(findings);
        await storeSettings(extension, { global: {} });
        await expect.poll(() => page.locator('[data-record-access-aid]').count()).toBe(0);
        await page.setViewportSize({ width: 375, height: 800 });
      }
      const totals = Object.fromEntries(Object.entries(report).map(([state, lines]) => [state, lines.length]));
      mkdirSync('test-results/what-the-person-sees', { recursive: true });
      writeFileSync(
        `test-results/what-the-person-sees/${fixture.path.replace(/\W+/g, '_')}.json`,
        JSON.stringify({ page: fixture.path, totals, report }, null, 2),
      );
      expect(report, `what vanished on ${fixture.path}, by aid`).toEqual({});
    });
  }

  test('control: a card link covered by an opaque layer is caught, as text, icon and boundary', async ({ extension }) => {
    await routeFixturePages(extension.context, FIXTURE_ORIGIN);
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${FIXTURE_ORIGIN}/nhs-app/home`);
    await settle(page);
    await collectItems(page);
    const off = await readState(page);
    // What the old theme did by accident: the card link's clickable ::after layer painted opaque.
    const lid = await page.addStyleTag({ content: '.nhsapp-card__link::after { background-color: #000 !important; }' });
    await settle(page);
    const on = await readState(page);
    const findings = compareStates(off, on);
    const counts = tally(findings);
    expect(findings.filter((f) => f.kind === 'text-vanished').map((f) => f.what)).toEqual(
      expect.arrayContaining(['Prescriptions', 'Appointments', 'Messages']),
    );
    expect(counts['icon-vanished'], 'the chevrons under the layer').toBeGreaterThanOrEqual(4);
    await lid.evaluate((style) => (style as HTMLStyleElement).remove());
    // Pale text that is still visible is caught by the painted-contrast rule, not the visibility rule.
    const pale = await page.addStyleTag({ content: '.nhsapp-card__link { color: #8a8a8a !important; }' });
    await settle(page);
    const paleFindings = compareStates(off, await readState(page), { minContrast: 7 });
    expect(paleFindings.filter((f) => f.kind === 'low-contrast').map((f) => f.what)).toEqual(expect.arrayContaining(['Prescriptions', 'Appointments']));
    expect(paleFindings.filter((f) => f.kind === 'text-vanished')).toEqual([]);
    // With both gone again, the same check reports nothing.
    await pale.evaluate((style) => (style as HTMLStyleElement).remove());
    await settle(page);
    expect(compareStates(off, await readState(page))).toEqual([]);
  });
});
