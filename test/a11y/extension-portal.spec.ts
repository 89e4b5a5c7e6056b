/**
 * The extension on the demo portal pages (the built Chrome extension, the demo site allowed):
 * - each colour theme, and the text and pointing aids, add no axe violations the page did not already have;
 * - the in-page UI people use (explain-terms panel and popover, read-aloud bar) passes axe with forced
 *   colours off and on, does not make the page scroll sideways at 320 px, also with text at 200%, and
 *   does not hide the keyboard focus;
 * - nothing the extension adds moves when reduced motion is asked for.
 * Criteria RAA-T-*, RAA-E-*, RAA-R-*, RAA-U-* in docs/accessibility-criteria.md.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type LoadedExtension } from '../e2e/support/extension.js';
import { PORTAL_PAGES, storeSettings } from '../e2e/support/settings.js';
import { axeFindings } from '../e2e/support/axe.js';
import { A11Y_ORIGIN } from './support/origin.js';
import { horizontalOverflow } from './support/screens.js';

// Its tests change only what the shared browser's reset puts back (e2e/support/extension.ts).
test.use({ shareExtensionBrowser: true });

/** Aid settings, each with the page elements that show it is in place. */
const VARIANTS = [
  { name: 'high contrast dark', aids: { colourTheme: 'dark' }, marks: ['colour-theme'] },
  { name: 'high contrast light', aids: { colourTheme: 'light' }, marks: ['colour-theme'] },
  { name: 'custom colours', aids: { colourTheme: 'custom', customText: '#fdf6e3', customBackground: '#002b36' }, marks: ['colour-theme'] },
  {
    name: 'text 200%, wide spacing, OpenDyslexic',
    aids: { textSize: 200, textSpacing: 'wide', readableFont: 'opendyslexic' },
    marks: ['text-size', 'text-spacing', 'readable-font'],
  },
  {
    name: 'reading ruler, strong focus, underlined links, no animations, large pointer',
    aids: { readingRuler: true, strongFocus: true, underlineLinks: true, stopAnimations: true, largeCursor: true },
    marks: ['reading-ruler', 'strong-focus', 'underline-links', 'stop-animations', 'large-cursor'],
  },
] as const;

async function openPortalPage(extension: LoadedExtension, path: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`${A11Y_ORIGIN}${path}`);
  await expect(page.locator('main h1, main h2').first()).toBeVisible();
  return page;
}

async function aidsInPlace(page: Page, marks: readonly string[]): Promise<void> {
  for (const mark of marks) await expect(page.locator(`[data-record-access-aid="${mark}"]`).first()).toBeAttached();
}

async function noAidsInPlace(page: Page): Promise<void> {
  await expect(page.locator('[data-record-access-aid]')).toHaveCount(0);
}

for (const path of PORTAL_PAGES) {
  test(`RAA-T-01 RAA-U-01 ${path}: no colour theme or text aid adds an axe violation the page did not have`, async ({ extension }) => {
    await storeSettings(extension, { global: {} });
    const page = await openPortalPage(extension, path);
    await noAidsInPlace(page);
    const before = new Set((await axeFindings(page)).keys);
    const added: string[] = [];
    for (const variant of VARIANTS) {
      // The long results page (axe takes seconds per run there) gets the colour themes; the text and
      // pointing aids are checked on the six other pages.
      if (path.includes('results') && !('colourTheme' in variant.aids)) continue;
      await storeSettings(extension, { global: { ...variant.aids } });
      await aidsInPlace(page, variant.marks);
      const after = await axeFindings(page);
      const extra = after.keys.filter((key) => !before.has(key));
      if (extra.length) added.push(`${variant.name}:\n  ${extra.join('\n  ')}\n${after.report}`);
      await storeSettings(extension, { global: {} });
      await noAidsInPlace(page);
    }
    expect(added.join('\n\n')).toBe('');
    if (before.size) test.info().annotations.push({ type: 'the page’s own violations', description: [...before].join('; ') });
  });
}

const termsHost = (page: Page): Locator => page.locator('[data-record-access-aid="explain-terms"]:not(style)');
const readAloudBar = (page: Page): Locator => page.locator('[data-record-access-aids-read-aloud]');

/**
 * Where focus hiding is checked: the page with the most links down its length, in a small window, so
 * Tab scrolls links to the very bottom edge, where the extension's fixed UI sits.
 */
const FOCUS_PAGE = '/portal/documents.html';
const FOCUS_VIEWPORT = { width: 320, height: 480 };

/** Keyboard stops whose focused element the extension's fixed UI covers entirely (WCAG 2.4.11). */
async function focusHiddenBy(page: Page, overlay: string): Promise<string[]> {
  const hidden: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press('Tab');
    const verdict = await page
      .evaluate((selector) => {
        const active = document.activeElement;
        if (!active || active === document.body) return { done: true, hidden: null as string | null };
        const host = document.querySelector(selector);
        if (!host || host.contains(active)) return { done: false, hidden: null };
        const box = active.getBoundingClientRect();
        // Covered entirely when every corner point of the focused box is painted by the extension's UI.
        const inset = 1;
        const points = [
          [box.left + inset, box.top + inset],
          [box.right - inset, box.top + inset],
          [box.left + inset, box.bottom - inset],
          [box.right - inset, box.bottom - inset],
        ];
        const covered = points.every(([x, y]) => {
          const top = document.elementFromPoint(x as number, y as number);
          return top !== null && (top === host || host.contains(top));
        });
        return { done: false, hidden: covered ? `${active.tagName.toLowerCase()} "${(active.textContent ?? '').trim().slice(0, 40)}"` : null };
      }, overlay)
      .catch(() => ({ done: true, hidden: null }));
    if (verdict.hidden) hidden.push(verdict.hidden);
    if (verdict.done) break;
  }
  return hidden;
}

test('RAA-E-04 RAA-R-03 (control) the focus-hiding check finds focus hidden under a bar covering the bottom of the page', async ({ extension }) => {
  await storeSettings(extension, { global: {} });
  const page = await openPortalPage(extension, FOCUS_PAGE);
  await page.setViewportSize(FOCUS_VIEWPORT);
  await page.evaluate(() => {
    const bar = document.createElement('div');
    bar.id = 'covering-bar';
    bar.setAttribute('style', 'position: fixed; left: 0; right: 0; bottom: 0; height: 120px; background: #333; z-index: 10;');
    document.body.append(bar);
  });
  expect((await focusHiddenBy(page, '#covering-bar')).length).toBeGreaterThan(0);
});

test.describe('explain terms', () => {
  test('RAA-E-01 RAA-E-02 the panel and popover pass axe with forced colours off and on, are used by keyboard, and return focus', async ({ extension }) => {
    await storeSettings(extension, { global: { explainTerms: true } });
    const page = await openPortalPage(extension, '/portal/consultations.html');
    await expect(termsHost(page)).toHaveAttribute('data-state', 'ready');
    const before = new Set((await axeFindings(page)).keys);
    const toggle = termsHost(page).getByRole('button', { name: /\(\d+\)$/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const panel = termsHost(page).getByRole('region');
    await expect(panel).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const show = panel.getByRole('button', { name: /Show on page/ }).first();
    await show.focus();
    await page.keyboard.press('Enter');
    const popover = termsHost(page).getByRole('dialog');
    await expect(popover).toBeFocused();
    for (const forcedColors of ['none', 'active'] as const) {
      await page.emulateMedia({ forcedColors });
      expect((await axeFindings(page, '[data-record-access-aid="explain-terms"]')).report, `forced colours ${forcedColors}`).toBe('');
      const extra = (await axeFindings(page)).keys.filter((key) => !before.has(key));
      expect(extra, `the page with the panel open, forced colours ${forcedColors}`).toEqual([]);
    }
    // Esc closes the popover and puts focus back where it was; Esc again closes the panel onto its toggle.
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(show).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  for (const textSize of [100, 200] as const) {
    test(`RAA-E-03 at 320 px with text at ${textSize}%, the open panel and popover make nothing scroll sideways`, async ({ extension }) => {
      await storeSettings(extension, { global: { explainTerms: true, textSize } });
      const page = await openPortalPage(extension, '/portal/consultations.html');
      await page.setViewportSize({ width: 320, height: 640 });
      await expect(termsHost(page)).toHaveAttribute('data-state', 'ready');
      const pageOwn = await horizontalOverflow(page);
      await termsHost(page)
        .getByRole('button', { name: /\(\d+\)$/ })
        .click();
      const panel = termsHost(page).getByRole('region');
      await expect(panel).toBeVisible();
      expect(await horizontalOverflow(page), 'the page scrolls no further sideways than without the panel').toBeLessThanOrEqual(pageOwn);
      expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth), 'the panel itself').toBeLessThanOrEqual(0);
      await panel
        .getByRole('button', { name: /Show on page/ })
        .first()
        .click();
      const popover = termsHost(page).getByRole('dialog');
      await expect(popover).toBeVisible();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(pageOwn);
      const box = await popover.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320, `the popover (${JSON.stringify(box)}) fits in 320 px`).toBe(true);
    });
  }

  test('RAA-E-04 the "Explained terms" button, fixed at the bottom, never hides the keyboard focus entirely', async ({ extension }) => {
    await storeSettings(extension, { global: { explainTerms: true } });
    const page = await openPortalPage(extension, FOCUS_PAGE);
    await page.setViewportSize(FOCUS_VIEWPORT);
    await expect(termsHost(page)).toHaveAttribute('data-state', 'ready');
    expect(await focusHiddenBy(page, '[data-record-access-aid="explain-terms"]:not(style)')).toEqual([]);
  });
});

/** Opens the portal page and the popup over it, then starts Read page from the popup. */
async function startReading(extension: LoadedExtension, path: string): Promise<Page> {
  const portal = await openPortalPage(extension, path);
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  await portal.bringToFront();
  await popup.reload();
  await popup.getByRole('button', { name: 'Read page' }).click();
  await expect(readAloudBar(portal)).toBeAttached({ timeout: 15_000 });
  await popup.close();
  return portal;
}

test.describe('read-aloud bar', () => {
  test('RAA-R-01 RAA-R-02 the bar passes axe with forced colours off and on, and at 320 px with text at 100% and 200% it makes the page scroll no further sideways', async ({
    extension,
  }) => {
    // What the page itself does at 320 px at each text size, before the bar: a wide data table may scroll
    // (WCAG 1.4.10 allows it for tables); the bar must add nothing.
    const own = new Map<number, number>();
    {
      const page = await openPortalPage(extension, '/portal/medicines.html');
      await page.setViewportSize({ width: 320, height: 640 });
      for (const textSize of [100, 200] as const) {
        await storeSettings(extension, { global: { textSize } });
        if (textSize !== 100) await aidsInPlace(page, ['text-size']);
        own.set(textSize, await horizontalOverflow(page));
      }
      await page.close();
    }
    await storeSettings(extension, { global: {} });
    const portal = await startReading(extension, '/portal/medicines.html');
    for (const forcedColors of ['none', 'active'] as const) {
      await portal.emulateMedia({ forcedColors });
      expect((await axeFindings(portal, '[data-record-access-aids-read-aloud]')).report, `forced colours ${forcedColors}`).toBe('');
    }
    await portal.emulateMedia({ forcedColors: 'none' });
    await portal.setViewportSize({ width: 320, height: 640 });
    for (const textSize of [100, 200] as const) {
      await storeSettings(extension, { global: { textSize } });
      if (textSize !== 100) await aidsInPlace(portal, ['text-size']);
      expect(await horizontalOverflow(portal), `page at text ${textSize}%`).toBeLessThanOrEqual(own.get(textSize) ?? 0);
      const region = await readAloudBar(portal).evaluate((host) => {
        const panel = host.shadowRoot?.querySelector('[role="region"]');
        return panel ? { overflow: panel.scrollWidth - panel.clientWidth, height: panel.getBoundingClientRect().height } : null;
      });
      expect(region?.overflow, `the bar at text ${textSize}%`).toBeLessThanOrEqual(0);
      expect(region?.height ?? 0, `the bar at text ${textSize}% leaves most of the screen`).toBeLessThan(640 / 2);
    }
    test.info().annotations.push({ type: 'page’s own sideways scroll at 320 px', description: JSON.stringify(Object.fromEntries(own)) });
  });

  test('RAA-R-03 the bar, fixed at the bottom, never hides the keyboard focus entirely', async ({ extension }) => {
    await storeSettings(extension, { global: {} });
    const portal = await startReading(extension, FOCUS_PAGE);
    await portal.setViewportSize(FOCUS_VIEWPORT);
    expect(await focusHiddenBy(portal, '[data-record-access-aids-read-aloud]')).toEqual([]);
  });
});

test('RAA-U-03 the reading ruler is hidden from assistive technology and lets the pointer through to the page', async ({ extension }) => {
  await storeSettings(extension, { global: { readingRuler: true } });
  const page = await openPortalPage(extension, '/portal/consultations.html');
  await aidsInPlace(page, ['reading-ruler']);
  const ruler = page.locator('[data-record-access-aid="reading-ruler"]');
  await expect(ruler).toHaveAttribute('aria-hidden', 'true');
  expect(await ruler.evaluate((host) => getComputedStyle(host).pointerEvents)).toBe('none');
  // What the pointer hits in the middle of the page is the page, not the ruler.
  const hit = await page.evaluate(() => {
    const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return top?.closest('[data-record-access-aid]') ? 'ruler' : 'page';
  });
  expect(hit).toBe('page');
  // It adds nothing to the tab order.
  expect(await ruler.evaluate((host) => host.hasAttribute('tabindex'))).toBe(false);
});

test.describe('reduced motion', () => {
  /**
   * Animations and transitions that start while the pointer and focus move, as Chromium reports them
   * through the DevTools protocol: this also sees the reading ruler's closed shadow root.
   */
  async function motionDuringUse(page: Page): Promise<string[]> {
    const cdp = await page.context().newCDPSession(page);
    const started: string[] = [];
    cdp.on('Animation.animationStarted', (event: { animation: { type: string; name: string } }) =>
      started.push(`${event.animation.type} ${event.animation.name}`),
    );
    await cdp.send('Animation.enable');
    await page.mouse.move(100, 100);
    await page.mouse.move(120, 400, { steps: 8 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    await cdp.detach();
    return started;
  }

  test('RAA-U-02 with reduced motion asked for, the reading ruler and the explain-terms UI do not animate', async ({ extension }) => {
    await storeSettings(extension, { global: { readingRuler: true, explainTerms: true } });
    const page = await openPortalPage(extension, '/portal/consultations.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await aidsInPlace(page, ['reading-ruler']);
    await expect(termsHost(page)).toHaveAttribute('data-state', 'ready');
    await termsHost(page)
      .getByRole('button', { name: /\(\d+\)$/ })
      .click();
    expect(await motionDuringUse(page)).toEqual([]);
  });

  test('RAA-U-02 (control) without reduced motion the ruler does glide, so the check above can fail', async ({ extension }) => {
    await storeSettings(extension, { global: { readingRuler: true } });
    const page = await openPortalPage(extension, '/portal/consultations.html');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await aidsInPlace(page, ['reading-ruler']);
    expect((await motionDuringUse(page)).join(' ')).toMatch(/CSSTransition/);
  });
});
