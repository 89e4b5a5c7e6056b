/**
 * axe-core (WCAG 2.0 to 2.2 A and AA, and best practice) on every screen of the guide: every step of
 * every generated path, each required question's error state and the record examples with their short
 * forms open, in each locale, with forced colours off and on, at 320 px and at desktop width.
 * One test per locale walks all paths once and checks each screen in all four renderings (forced colours
 * and width are switched in place: the markup is the same, only styles and layout change), so the walk,
 * which costs more than axe itself, is not repeated per rendering. Screens whose markup differs only in
 * words are checked once.
 * Criterion RAG-Q-05 (docs/accessibility-criteria.md); RAG-Q-06 (reflow) is checked on the same walk at 320 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeFindings } from '../e2e/support/axe.js';
import { journeyPaths } from './support/journey-paths.js';
import { applyLocale, LOCALES } from './support/locales.js';
import { forgetSavedAnswersOnLoad, horizontalOverflow, visitScreens } from './support/screens.js';
import { WIDTHS } from './support/matrix.js';

test.beforeEach(({ page }) => forgetSavedAnswersOnLoad(page));

const paths = journeyPaths();

// In an order that changes one thing at a time (none 320, none desktop, active desktop, active 320), walked
// forwards on one screen and backwards on the next, so most checks need only one switch.
const RENDERINGS = (['none', 'active'] as const).flatMap((forcedColors, index) =>
  (index % 2 === 0 ? WIDTHS : [...WIDTHS].reverse()).map((width) => ({ forcedColors, ...width })),
);

/** Two frames: styles and layout of the new rendering are in place (and any resize or media listener has run). */
const settled = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

for (const locale of LOCALES) {
  test(`RAG-Q-05 RAG-Q-06 axe on every screen (${locale}; forced colours off and on, 320 px and desktop)`, async ({ page }) => {
    const problems: string[] = [];
    let wholePageChecked = false;
    const checked = new Map<string, number>();
    let visits = 0;
    let current: 'none' | 'active' | undefined;
    const screens = await visitScreens(
      page,
      '/',
      paths,
      async (label) => {
        visits += 1;
        const order = visits % 2 === 1 ? RENDERINGS : [...RENDERINGS].reverse();
        for (const { forcedColors, name, viewport } of order) {
          const size = page.viewportSize();
          if (size?.width !== viewport.width || size.height !== viewport.height) await page.setViewportSize(viewport);
          if (forcedColors !== current) await page.emulateMedia({ forcedColors });
          current = forcedColors;
          await settled(page);
          // The whole demo page once per rendering (landmarks, page language and so on), then the guide alone.
          const findings = await axeFindings(page, wholePageChecked ? 'record-access-guide' : undefined);
          const rendering = `forced colours ${forcedColors}, ${name}`;
          checked.set(rendering, (checked.get(rendering) ?? 0) + 1);
          if (findings.report) problems.push(`${label} (${rendering}):\n${findings.report}`);
          if (viewport.width === 320) {
            const overflow = await horizontalOverflow(page);
            if (overflow > 0) problems.push(`${label} (${rendering}): scrolls ${overflow} px sideways at 320 px`);
          }
        }
        wholePageChecked = true;
      },
      () => applyLocale(page, locale),
    );
    expect(problems.join('\n\n')).toBe('');
    expect(screens, 'distinct screens checked').toBeGreaterThan(20);
    // Every rendering saw every screen: a rendering skipped by mistake would otherwise pass unseen.
    expect([...checked.entries()].sort(), 'screens checked per rendering').toEqual(
      RENDERINGS.map(({ forcedColors, name }) => [`forced colours ${forcedColors}, ${name}`, visits] as [string, number]).sort(),
    );
    test.info().annotations.push({ type: 'screens', description: String(screens) });
  });
}
