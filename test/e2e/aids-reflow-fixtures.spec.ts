/**
 * WCAG 1.4.4, 1.4.10 and 1.4.12 on the realistic portal fixtures: with text at 200%, text spacing, and
 * both, at 375 and 1280 pixels wide, the page may not start scrolling sideways, and a fixed bar may not
 * come to cover the page's main heading. What a page itself prevents is listed in KNOWN_PAGE_LIMITS,
 * each with the reason, so a new failure is loud and a fixed one shows as an unexpected pass.
 */
import type { Page } from '@playwright/test';
import { FIXTURE_PAGES, routeFixturePages } from '../fixtures/portal-pages/index.js';
import { expect, test } from './support/extension.js';
import { storeSettings } from './support/settings.js';

const FIXTURE_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 8765) + 3}`;

const STATES = [
  { name: 'text size 200%', aids: { textSize: 200 } },
  { name: 'text spacing', aids: { textSpacing: 'wcag' } },
  { name: 'text size 200% and text spacing', aids: { textSize: 200, textSpacing: 'wcag' } },
] as const;

interface Layout {
  /** How far the page scrolls sideways. */
  overflow: number;
  /** Whether a fixed or sticky element covers part of the main heading. */
  headingCovered: boolean;
  /** The innermost elements that reach past the right edge, to name in a failure. */
  culprits: string[];
}

function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const heading = document.querySelector('h1')?.getBoundingClientRect();
    let headingCovered = false;
    if (heading) {
      for (const el of document.body.querySelectorAll('*')) {
        const position = getComputedStyle(el).position;
        if (position !== 'fixed' && position !== 'sticky') continue;
        if (el.closest('[data-record-access-aid]') || el.contains(document.querySelector('h1'))) continue;
        const r = el.getBoundingClientRect();
        if (r.bottom > heading.top + 2 && r.top < heading.bottom - 2 && r.right > heading.left && r.left < heading.right) headingCovered = true;
      }
    }
    const edge = root.clientWidth + 1;
    const past = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > edge && !el.closest('[data-record-access-aid]'));
    const culprits = past
      .filter((el) => !past.some((other) => other !== el && el.contains(other)))
      .slice(0, 3)
      .map((el) => `${el.localName}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    return { overflow: Math.max(0, root.scrollWidth - root.clientWidth), headingCovered, culprits };
  });
}

/**
 * Problems the page itself causes and the aids cannot fix without knowing the page, by width. The app
 * shell reserves a fixed 72 px under its fixed top bar (padding in px); when the bar's text grows, the bar
 * grows and the reservation does not, so the bar covers the heading. Only the page can reserve space that
 * follows its bar (padding in rem, or a sticky bar instead of a fixed one).
 */
const KNOWN_PAGE_LIMITS: Record<number, string[]> = {
  375: [
    '/nhs-app/app-shell, text size 200%: a fixed bar covers the main heading',
    '/nhs-app/app-shell, text size 200% and text spacing: a fixed bar covers the main heading',
  ],
  1280: ['/nhs-app/app-shell, text size 200% and text spacing: a fixed bar covers the main heading'],
};

test.describe('text aids on the realistic fixtures: no sideways scrolling, no heading under a fixed bar', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const width of [375, 1280]) {
    test(`at ${width} px, every fixture, text size and spacing`, async ({ extension }) => {
      test.setTimeout(150_000);
      await routeFixturePages(extension.context, FIXTURE_ORIGIN);
      const page = await extension.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      const problems: string[] = [];
      for (const fixture of FIXTURE_PAGES) {
        await storeSettings(extension, { global: {} });
        await page.goto(`${FIXTURE_ORIGIN}${fixture.path}`);
        await expect.poll(() => page.locator('[data-record-access-aid]').count()).toBe(0);
        const before = await layout(page);
        for (const state of STATES) {
          await storeSettings(extension, { global: state.aids });
          await page.locator('style[data-record-access-aid="text-size"], style[data-record-access-aid="text-spacing"]').first().waitFor({ state: 'attached' });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const after = await layout(page);
          if (after.overflow > before.overflow + 1)
            problems.push(`${fixture.path}, ${state.name}: scrolls sideways by ${after.overflow} px (${after.culprits.join('; ')})`);
          if (after.headingCovered && !before.headingCovered) problems.push(`${fixture.path}, ${state.name}: a fixed bar covers the main heading`);
          await storeSettings(extension, { global: {} });
          await expect.poll(() => page.locator('[data-record-access-aid]').count()).toBe(0);
        }
      }
      expect(problems).toEqual(KNOWN_PAGE_LIMITS[width] ?? []);
    });
  }
});
