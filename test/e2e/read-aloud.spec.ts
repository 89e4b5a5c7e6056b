/**
 * Read-aloud in the real extension, with real voices (espeak-ng through speech-dispatcher): started
 * by real clicks, highlighted on the page, fully removed on stop, and never started by itself.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe.js';
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, test, type LoadedExtension } from './support/extension.js';

test.use({ realVoices: true });
// speech-dispatcher starts on first use and takes seconds to list its voices.
test.setTimeout(90_000);

const HIGHLIGHT = 'record-access-reading';

/** The text under the reading highlight, read from the page's own world (the highlight registry is the document's). */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    return range ? range.toString() : null;
  }, HIGHLIGHT);
}

function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.size);
}

/** Opens the portal page and the popup over it (the popup's "current tab" is the portal). */
async function portalWithPopup(extension: LoadedExtension, path: string): Promise<{ portal: Page; popup: Page }> {
  const portal = await extension.context.newPage();
  await portal.goto(`${DEMO_ORIGIN}${path}`);
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  await portal.bringToFront();
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Read page' })).toBeEnabled();
  return { portal, popup };
}

const bar = (page: Page) => page.locator('[data-record-access-aids-read-aloud]');

test('nothing is spoken on page load; Read page from the popup reads the main content with a moving highlight, and Stop removes it all', async ({ extension }) => {
  const { portal, popup } = await portalWithPopup(extension, '/portal/medicines.html');
  // Loaded and left alone: no bar, no highlight, no speech.
  await portal.waitForTimeout(1000);
  expect(await portal.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await expect(bar(portal)).toHaveCount(0);
  expect(await highlightCount(portal)).toBe(0);

  // The person has used the page (browsers refuse speech on a page never interacted with).
  await portal.locator('h1').click();
  await popup.getByRole('button', { name: 'Read page' }).click();
  await expect(bar(portal)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  const first = await highlighted(portal);
  const mainText = await portal.locator('main').innerText();
  expect(first).toBeTruthy();
  expect(mainText).toContain(first);
  // Focus was not taken from the page.
  expect(await portal.evaluate(() => document.activeElement?.hasAttribute('data-record-access-aids-read-aloud'))).toBe(false);
  await expect.poll(() => highlighted(portal), { timeout: 30_000 }).not.toBe(first);
  await expect(bar(portal).getByRole('status')).toContainText(/Reading sentence [2-9]/);
  expect(await axeViolations(portal)).toBe('');

  await bar(portal).getByRole('button', { name: 'Stop' }).click();
  await expect(bar(portal)).toHaveCount(0);
  expect(await highlightCount(portal)).toBe(0);
  expect(await portal.locator('style[data-record-access-aid="read-aloud"]').count()).toBe(0);
  await expect.poll(() => portal.evaluate(() => speechSynthesis.speaking)).toBe(false);
});
