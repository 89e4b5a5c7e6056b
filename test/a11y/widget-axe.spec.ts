/**
 * axe-core (WCAG 2.0 to 2.2 A and AA, and best practice) on every screen of the guide: every step of
 * every generated path, each required question's error state and the record examples with their short
 * forms open, in each locale, with forced colours off and on, at 320 px and at desktop width. One test
 * per combination walks all paths; screens whose markup differs only in words are checked once.
 * Criterion RAG-Q-05 (docs/accessibility-criteria.md); RAG-Q-06 (reflow) is checked on the same walk at 320 px.
 */
import { expect, test } from '@playwright/test';
import { axeFindings } from '../e2e/support/axe.js';
import { journeyPaths } from './support/journey-paths.js';
import { applyLocale, LOCALES } from './support/locales.js';
import { forgetSavedAnswersOnLoad, horizontalOverflow, visitScreens } from './support/screens.js';
import { WIDTHS } from './support/matrix.js';

test.beforeEach(({ page }) => forgetSavedAnswersOnLoad(page));

const paths = journeyPaths();

for (const locale of LOCALES) {
  for (const forcedColors of ['none', 'active'] as const) {
    for (const { name, viewport } of WIDTHS) {
      test(`RAG-Q-05${name === '320 px' ? ' RAG-Q-06' : ''} axe on every screen (${locale}, forced colours ${forcedColors}, ${name})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ forcedColors });
        const problems: string[] = [];
        let wholePageChecked = false;
        const screens = await visitScreens(
          page,
          '/',
          paths,
          async (label) => {
            // The whole demo page once (landmarks, page language and so on), then the guide alone.
            const findings = await axeFindings(page, wholePageChecked ? 'record-access-guide' : undefined);
            wholePageChecked = true;
            if (findings.report) problems.push(`${label}:\n${findings.report}`);
            if (viewport.width === 320) {
              const overflow = await horizontalOverflow(page);
              if (overflow > 0) problems.push(`${label}: scrolls ${overflow} px sideways at 320 px`);
            }
          },
          () => applyLocale(page, locale),
        );
        expect(problems.join('\n\n')).toBe('');
        expect(screens, 'distinct screens checked').toBeGreaterThan(20);
        test.info().annotations.push({ type: 'screens', description: String(screens) });
      });
    }
  }
}
