/**
 * Read-aloud in the real extension, with real voices (espeak-ng through speech-dispatcher): started
 * by real clicks, highlighted on the page, fully removed on stop, and never started by itself.
 */
import type { Page } from '@playwright/test';
import { recordHighlightsInPage, seenHighlightsInPage } from '../support/page-probes.js';
import { axeViolations } from './support/axe.js';
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, test, type LoadedExtension } from './support/extension.js';
import { storedSettings } from './support/settings.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

test.use({ realVoices: true });
// speech-dispatcher starts on first use and takes seconds to list its voices.
test.setTimeout(90_000);

const HIGHLIGHT = 'record-access-reading';

const recordHighlights = (page: Page): Promise<void> => page.evaluate(recordHighlightsInPage, HIGHLIGHT);
const seenHighlights = (page: Page): Promise<string[]> => page.evaluate(seenHighlightsInPage);

function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.size);
}

/** Opens the portal page and the popup over it (the popup's "current tab" is the portal). */
async function portalWithPopup(extension: LoadedExtension, path: string): Promise<{ portal: Page; popup: Page }> {
  const portal = await extension.context.newPage();
  await portal.goto(`${DEMO_ORIGIN}${path}`);
  // speech-dispatcher lists its voices seconds after first use, longer on a busy machine; the engine waits
  // only 5 s before saying there is no voice. That start-up is the machine's, not what is tested here.
  await expect.poll(() => portal.evaluate(() => speechSynthesis.getVoices().length), { timeout: 30_000 }).toBeGreaterThan(0);
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  await portal.bringToFront();
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Read page' })).toBeEnabled();
  return { portal, popup };
}

const bar = (page: Page) => page.locator('[data-record-access-aids-read-aloud]');

test('nothing is spoken on page load; Read page from the popup reads the main content with a moving highlight; the bar reflows at 320 px and passes axe in forced colours; Stop removes it all', async ({
  extension,
}) => {
  const { portal, popup } = await portalWithPopup(extension, '/portal/medicines.html');
  // Loaded and left alone: no bar, no highlight, no speech.
  await portal.waitForTimeout(1000);
  expect(await portal.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await expect(bar(portal)).toHaveCount(0);
  expect(await highlightCount(portal)).toBe(0);

  await recordHighlights(portal);
  await popup.getByRole('button', { name: 'Read page' }).click();
  await expect(bar(portal)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  // Focus was not taken from the page.
  expect(await portal.evaluate(() => document.activeElement?.hasAttribute('data-record-access-aids-read-aloud'))).toBe(false);
  await expect
    .poll(async () => (await seenHighlights(portal)).slice(0, 3), { timeout: 30_000 })
    .toEqual(['Medicines', 'Alex Sample · Date of birth 02-Mar-1961 · NHS number 999 000 0000 (a test number)', 'Repeat medicines']);
  await bar(portal).getByRole('button', { name: 'Pause' }).click();
  await expect(bar(portal)).toHaveAttribute('data-state', 'paused');
  await expect(bar(portal).getByRole('status')).toContainText(/Paused at sentence ([3-9]|[1-9]\d+)\b/);
  await expect(bar(portal).getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await axeViolations(portal, '[data-record-access-aids-read-aloud]')).toBe('');
  // At 320 CSS px the bar wraps instead of scrolling; in forced colours it keeps a visible edge and passes axe.
  await portal.setViewportSize({ width: 320, height: 640 });
  const overflow = () =>
    bar(portal).evaluate((host) => {
      const panel = host.shadowRoot?.querySelector('[role="region"]');
      return panel ? panel.scrollWidth - panel.clientWidth : -1;
    });
  expect(await overflow()).toBe(0);
  await portal.emulateMedia({ forcedColors: 'active' });
  expect(await bar(portal).evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('[role="region"]')!).borderTopStyle)).toBe('solid');
  expect(await axeViolations(portal, '[data-record-access-aids-read-aloud]')).toBe('');
  await portal.emulateMedia({ forcedColors: 'none' });

  await bar(portal).getByRole('button', { name: 'Stop' }).click();
  await expect(bar(portal)).toHaveCount(0);
  expect(await highlightCount(portal)).toBe(0);
  expect(await portal.locator('style[data-record-access-aid="read-aloud"]').count()).toBe(0);
  await expect.poll(() => portal.evaluate(() => speechSynthesis.speaking)).toBe(false);
});

test('Read from here starts at the clicked sentence; Esc on the control bar stops and removes everything', async ({ extension }) => {
  const { portal, popup } = await portalWithPopup(extension, '/portal/consultations.html');
  await popup.getByRole('button', { name: 'Read from here' }).click();
  await expect(popup.getByText('Now click on the page where reading should start.')).toBeVisible();
  await expect(bar(portal).getByRole('status')).toContainText('Click where reading should start');
  // Nothing is read until the click picks the place.
  expect(await highlightCount(portal)).toBe(0);

  // A real click at the start of the second note's text.
  await recordHighlights(portal);
  await portal
    .locator('p.note')
    .nth(1)
    .click({ position: { x: 2, y: 8 } });
  await expect.poll(async () => (await seenHighlights(portal)).slice(0, 2), { timeout: 30_000 }).toEqual(['Annual asthma review.', 'PEFR 420 (pred 450).']);

  await bar(portal).getByRole('button', { name: 'Pause' }).focus();
  await portal.keyboard.press('Escape');
  await expect(bar(portal)).toHaveCount(0);
  expect(await highlightCount(portal)).toBe(0);
  // Stopped by Esc, not by reaching the end: the last note was never reached.
  expect(await seenHighlights(portal)).not.toContain('Med review.');
});

test('a focused results table is read row by row, each cell with its header, the row highlighted', async ({ extension }) => {
  const { portal, popup } = await portalWithPopup(extension, '/portal/results.html');
  await portal
    .locator('.table-wrap')
    .first()
    .click({ position: { x: 2, y: 2 } });
  await expect(portal.locator('.table-wrap').first()).toBeFocused();
  await recordHighlights(portal);
  await popup.getByRole('button', { name: 'Read a table' }).click();
  const rows = portal.locator('.table-wrap tbody tr');
  const rowText = (index: number) => rows.nth(index).evaluate((row) => row.textContent ?? '');
  // The highlight covers the whole row being read, and moves on to the next row.
  await expect.poll(async () => (await seenHighlights(portal)).slice(0, 2), { timeout: 30_000 }).toEqual([await rowText(0), await rowText(1)]);
  await bar(portal).getByRole('button', { name: 'Stop' }).click();
  await expect(bar(portal)).toHaveCount(0);
  expect(await highlightCount(portal)).toBe(0);
});

test('the popup’s read-aloud buttons are disabled with the reason where aids cannot run, and the popup passes axe', async ({ extension }) => {
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  await expect(popup.getByText('Read aloud cannot run on this page.')).toBeVisible();
  for (const name of ['Read page', 'Read selection', 'Read from here', 'Read a table', 'Stop reading']) {
    await expect(popup.getByRole('button', { name })).toBeDisabled();
  }
  expect(await axeViolations(popup)).toBe('');
});

test('the options page lists the read-aloud shortcuts and saves the speed and a local voice', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(extension.url('options.html'));
  // Chrome allows four suggested keys in all: two for aids, two here; stop has none and says so.
  await expect(page.getByText('Read this page aloud: Alt+Shift+L')).toBeVisible();
  await expect(page.getByText('Pause or resume reading aloud: Alt+Shift+K')).toBeVisible();
  await expect(page.getByText('Stop reading aloud: not set')).toBeVisible();
  await page.getByLabel('Reading speed').selectOption('1.5×');
  await expect.poll(() => storedSettings(extension)).toMatchObject({ values: { global: { readingRate: 1.5 } } });
  const voice = page.getByLabel('Voice');
  await expect.poll(() => voice.locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(1);
  const name = await voice.locator('option').nth(1).getAttribute('value');
  expect(name).toBeTruthy();
  await voice.selectOption(name ?? '');
  await expect.poll(() => storedSettings(extension)).toMatchObject({ values: { global: { readingVoice: name } } });
  expect(await axeViolations(page)).toBe('');
});
