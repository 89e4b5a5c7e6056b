import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './support/axe.js';
import { expect, test } from './support/extension.js';
import { aidElementCount, openPortal, storeSettings } from './support/settings.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

const host = (page: Page): Locator => page.locator('[data-record-access-aid="explain-terms"]:not(style)');
const popover = (page: Page): Locator => host(page).getByRole('dialog');
const panel = (page: Page): Locator => host(page).getByRole('region', { name: 'Explained terms on this page' });

/** Highlights as the page's own scripts see them (the registry belongs to the document, so both worlds share it). */
const highlightSize = (page: Page): Promise<number> => page.evaluate(() => CSS.highlights.get('record-access-terms')?.size ?? 0);

/** The viewport centre of the first occurrence of `text` inside the main content. */
async function centreOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

test('explain terms from the popup: highlights, popover by mouse and keyboard, the panel, and all undone when off', async ({ extension }) => {
  const page = await openPortal(extension, '/portal/consultations.html');
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  await popup.getByRole('checkbox', { name: 'Explain medical terms' }).check();
  await expect(popup.getByRole('status')).toHaveText('Saved.');
  await popup.close();

  await expect(host(page)).toHaveAttribute('data-state', 'ready');
  const found = Number(await host(page).getAttribute('data-terms-found'));
  expect(found).toBeGreaterThan(25);
  // The notes fit within a screen above and below, so every term is near the viewport and drawn.
  await expect.poll(() => highlightSize(page)).toBe(found);
  await expect(host(page).getByRole('status')).toHaveText(/\d+ medical terms explained on this page\./);

  // Mouse: hovering a term shows its meaning without taking focus; Esc closes it.
  const hba1c = await centreOf(page, 'HbA1c');
  await page.mouse.move(hba1c.x, hba1c.y);
  await expect(popover(page)).toBeVisible();
  await expect(popover(page)).toHaveAccessibleName('Meaning of HbA1c');
  await expect(popover(page)).toContainText('average blood sugar', { ignoreCase: true });
  await expect(popover(page)).toContainText('Source: ');
  await expect(popover(page)).toContainText('Type: tests');
  expect(await axeViolations(page)).toBe('');
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();

  // Clicking a term pins its popover.
  await page.mouse.move(5, 5);
  const sob = await centreOf(page, 'SOB');
  await page.mouse.click(sob.x, sob.y);
  await expect(popover(page)).toHaveAccessibleName('Meaning of SOB');
  await page.mouse.move(5, 5);
  await page.waitForTimeout(600);
  await expect(popover(page)).toBeVisible();
  await popover(page).getByRole('button', { name: 'Close' }).click();
  await expect(popover(page)).toBeHidden();

  // Keyboard: the panel lists every term once, and each opens its popover with focus; Esc returns focus.
  const toggle = host(page).getByRole('button', { name: /^Explained terms \(\d+\)$/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (const term of ['HbA1c', 'SOB', 'FBC', 'PRN', 'Hx']) await expect(panel(page).getByRole('heading', { name: term, exact: true })).toHaveCount(1);
  expect(await axeViolations(page)).toBe('');
  const showPrn = panel(page).getByRole('button', { name: /Show on page/, description: /^PRN/ });
  await showPrn.focus();
  await page.keyboard.press('Enter');
  await expect(popover(page)).toBeFocused();
  await expect(popover(page)).toHaveAccessibleName('Meaning of PRN');
  expect(await axeViolations(page)).toBe('');
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();
  await expect(showPrn).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(toggle).toBeFocused();

  // Keyboard for caret and selection readers: select a term and press Alt+Shift+E.
  await page.evaluate(() => {
    const note = [...document.querySelectorAll('p.note')].find((p) => p.textContent?.includes('FBC'))!;
    const text = note.firstChild as Text;
    const at = text.data.indexOf('FBC');
    getSelection()!.setBaseAndExtent(text, at, text, at + 3);
  });
  await page.keyboard.press('Alt+Shift+E');
  await expect(popover(page)).toHaveAccessibleName('Meaning of FBC');
  await expect(popover(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();

  // Off: every highlight, style, panel and popover goes.
  await storeSettings(extension, { global: {} });
  await expect(host(page)).toHaveCount(0);
  await expect.poll(() => highlightSize(page)).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.has('record-access-terms') || CSS.highlights.has('record-access-terms-current'))).toBe(false);
  expect(await aidElementCount(page)).toBe(0);
});

test('the single-page-app view keeps its terms explained after in-page navigation', async ({ extension }) => {
  await storeSettings(extension, { global: { explainTerms: true } });
  const page = await openPortal(extension, '/portal/app.html');
  await expect(host(page)).toHaveAttribute('data-state', 'ready');
  await host(page)
    .getByRole('button', { name: /^Explained terms/ })
    .click();
  await expect(panel(page).getByRole('heading', { name: 'T2DM', exact: true })).toHaveCount(1);
  await expect(panel(page).getByRole('heading', { name: 'eGFR', exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'Latest results' }).click();
  await expect(panel(page).getByRole('heading', { name: 'eGFR', exact: true })).toHaveCount(1);
  await expect(panel(page).getByRole('heading', { name: 'T2DM', exact: true })).toHaveCount(0);
  const afterNavigation = Number(await host(page).getAttribute('data-terms-found'));
  expect(afterNavigation).toBeGreaterThan(1);
  await expect.poll(() => highlightSize(page)).toBe(afterNavigation);

  await page.getByRole('link', { name: 'Latest note' }).click();
  await expect(panel(page).getByRole('heading', { name: 'FBC', exact: true })).toHaveCount(1);
  const fbc = await centreOf(page, 'FBC');
  await page.mouse.move(fbc.x, fbc.y);
  await expect(popover(page)).toHaveAccessibleName('Meaning of FBC');
  await expect.poll(() => highlightSize(page)).toBeGreaterThan(5);
});

test('at 320px wide with text at 200% and forced colours, the panel and the popover stay inside the screen', async ({ extension }) => {
  await storeSettings(extension, { global: { explainTerms: true, textSize: 200 } });
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await page.goto('/portal/consultations.html');
  await expect(host(page)).toHaveAttribute('data-state', 'ready');
  await host(page)
    .getByRole('button', { name: /^Explained terms/ })
    .click();
  // (The demo page's own search form overflows at 320px with 200% text; that is the page, not the aid.)
  const inside = async (locator: Locator): Promise<void> => {
    const box = (await locator.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
  };
  await inside(panel(page));
  await panel(page)
    .getByRole('button', { name: /Show on page/, description: /^HbA1c/ })
    .click();
  await expect(popover(page)).toHaveAccessibleName('Meaning of HbA1c');
  await inside(popover(page));
  await inside(host(page).getByRole('button', { name: /^Explained terms/ }));
  expect(await axeViolations(page)).toBe('');
});
