/**
 * axe-core (WCAG 2.0 to 2.2 A and AA, and best practice) on every screen of the guide: every step of
 * every generated path, each required question's error state and the record examples with their short
 * forms open, in each locale, with forced colours off and on, at 320 px and at desktop width.
 * One test per locale walks all paths once and checks each screen in all four renderings (forced colours
 * and width are switched in place: the markup is the same, only styles and layout change), so the walk,
 * which costs more than axe itself, is not repeated per rendering. Screens whose markup differs only in
 * words are checked once.
 * Criterion RAG-Q-05 (docs/accessibility-criteria.md); RAG-Q-06 (reflow) is checked on the same walk at 320 px,
 * with text at 100% and, switched in place like the renderings, at 200%.
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

/** The browser's text size setting at 200% doubles the root font size; the guide is sized in rem. */
const TEXT_DOUBLED = 'html { font-size: 200% !important; }';

/** Two frames: styles and layout of the new rendering are in place (and any resize or media listener has run). */
const settled = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

for (const locale of LOCALES) {
  test(`RAG-Q-05 RAG-Q-06 axe on every screen (${locale}; forced colours off and on, 320 px and desktop), and no sideways scrolling at 320 px with text at 100% and 200%`, async ({
    page,
  }) => {
    const problems: string[] = [];
    let wholePageChecked = false;
    const checked = new Map<string, number>();
    let visits = 0;
    let textDoubledChecks = 0;
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
          if (viewport.width === 320 && forcedColors === 'none') {
            // Text at 200% changes layout only, so it is checked for reflow, not axe, and then taken off again.
            const doubled = await page.evaluate((css) => {
              const style = document.createElement('style');
              style.textContent = css;
              document.head.append(style);
              return new Promise<number>((resolve) =>
                requestAnimationFrame(() =>
                  requestAnimationFrame(() => {
                    const scroller = document.scrollingElement ?? document.documentElement;
                    const overflow = scroller.scrollWidth - scroller.clientWidth;
                    style.remove();
                    resolve(overflow);
                  }),
                ),
              );
            }, TEXT_DOUBLED);
            textDoubledChecks += 1;
            if (doubled > 0) problems.push(`${label} (${rendering}, text 200%): scrolls ${doubled} px sideways at 320 px`);
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
    expect(textDoubledChecks, 'screens checked at 320 px with text at 200%').toBe(visits);
    test.info().annotations.push({ type: 'screens', description: String(screens) });
  });
}
