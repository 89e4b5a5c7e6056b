/**
 * The extension's own pages (the popup and the options page, opened as tabs of the built Chrome
 * extension): axe in every colour theme the user can choose, with forced colours off and on, at 320 px
 * and desktop width; no sideways scrolling at 320 px; and every keyboard stop with a visible focus
 * indicator of at least 3:1. Criteria RAA-P-* and RAA-O-* in docs/accessibility-criteria.md.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/support/extension.js';
import { storeSettings } from '../e2e/support/settings.js';
import { axeFindings } from '../e2e/support/axe.js';
import { KeyboardWalk } from './support/guide.js';
import { horizontalOverflow } from './support/screens.js';
import { EXTENSION_THEMES, WIDTHS } from './support/matrix.js';

// Its tests change only what the shared browser's reset puts back (e2e/support/extension.ts).
test.use({ shareExtensionBrowser: true });

const PAGES = [
  { path: 'popup.html', ids: 'RAA-P-01 RAA-P-02', keyboard: 'RAA-P-03' },
  { path: 'options.html', ids: 'RAA-O-01 RAA-O-02', keyboard: 'RAA-O-03' },
] as const;

async function themeApplied(page: Page, theme: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.rakTheme ?? 'none')).toBe(theme);
}

/** Tabs through the whole page once (until focus comes back round), returning the walk. */
async function tabThroughPage(page: Page, label: string): Promise<KeyboardWalk> {
  const walk = new KeyboardWalk(page);
  const first = await walk.press('Tab', label);
  expect(first, `${label}: Tab reaches a control`).not.toBeNull();
  const firstKey = JSON.stringify(first);
  for (let presses = 0; presses < 150; presses += 1) {
    const stop = await walk.press('Tab', label);
    if (stop === null || JSON.stringify(stop) === firstKey) break;
  }
  return walk;
}

for (const { path, ids, keyboard } of PAGES) {
  test(`${ids} ${path}: no axe violations in every colour theme, forced colours off and on, at 320 px and desktop, and no sideways scrolling at 320 px`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const problems: string[] = [];
    for (const theme of EXTENSION_THEMES) {
      await storeSettings(extension, { global: { ...theme } });
      for (const forcedColors of ['none', 'active'] as const) {
        await page.emulateMedia({ forcedColors });
        for (const { name, viewport } of WIDTHS) {
          await page.setViewportSize(viewport);
          await page.goto(extension.url(path));
          await themeApplied(page, theme.colourTheme);
          await expect(page.locator('h1').first()).toBeVisible();
          const where = `${path}, theme ${theme.colourTheme}, forced colours ${forcedColors}, ${name}`;
          const findings = await axeFindings(page);
          if (findings.report) problems.push(`${where}:\n${findings.report}`);
          if (viewport.width === 320) {
            const overflow = await horizontalOverflow(page);
            if (overflow > 0) problems.push(`${where}: scrolls ${overflow} px sideways`);
          }
        }
      }
    }
    expect(problems.join('\n\n')).toBe('');
  });

  test(`${keyboard} ${path}: every keyboard stop has a focus indicator of at least 3:1, forced colours off and on`, async ({ extension }) => {
    const page = await extension.context.newPage();
    for (const forcedColors of ['none', 'active'] as const) {
      await page.emulateMedia({ forcedColors });
      await page.goto(extension.url(path));
      await expect(page.locator('h1').first()).toBeVisible();
      const walk = await tabThroughPage(page, `${path} (forced colours ${forcedColors})`);
      expect(walk.stops, 'stops visited').toBeGreaterThan(3);
      expect(walk.failures).toEqual([]);
    }
  });
}
