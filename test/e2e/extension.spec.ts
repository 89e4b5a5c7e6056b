import { axeViolations } from './support/axe.js';
import { sampleContrast, sampleTextColours } from './support/contrast.js';
import { expect, test } from './support/extension.js';
import { DEMO_ORIGIN } from './support/demo-origin.js';

const PORTAL = `${DEMO_ORIGIN}/portal/`;
const bodyBackground = () => getComputedStyle(document.body).backgroundColor;

test('high contrast turns on from the popup, is remembered, and is fully undone', async ({ extension }) => {
  const portal = await extension.context.newPage();
  await portal.goto(PORTAL);
  const original = await portal.evaluate(bodyBackground);
  expect(original).not.toBe('rgb(0, 0, 0)');

  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  const toggle = popup.getByRole('checkbox', { name: 'High contrast' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(popup.getByRole('status')).toHaveText('Saved.');

  // The content script follows the stored setting live.
  await expect.poll(() => portal.evaluate(bodyBackground)).toBe('rgb(0, 0, 0)');
  const samples = await sampleTextColours(portal);
  expect(samples.length).toBeGreaterThan(20);
  const weak = samples.map((s) => ({ ...s, ratio: sampleContrast(s) })).filter((s) => s.ratio < 7);
  expect(weak, 'text below 7:1 under high contrast').toEqual([]);

  // Remembered: in storage, in a freshly opened popup, and on a freshly loaded page.
  const stored = await extension.worker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored).toEqual({ settings: { version: 1, values: { highContrast: true } } });
  await popup.reload();
  await expect(popup.getByRole('checkbox', { name: 'High contrast' })).toBeChecked();
  await portal.reload();
  await expect.poll(() => portal.evaluate(bodyBackground)).toBe('rgb(0, 0, 0)');

  // Switched off: nothing of the aid is left in the page.
  await popup.getByRole('checkbox', { name: 'High contrast' }).uncheck();
  await expect.poll(() => portal.evaluate(bodyBackground)).toBe(original);
  expect(await portal.locator('[data-record-access-aid]').count()).toBe(0);
});

test('the popup and options page pass axe and say what the popup can do here', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(extension.url('popup.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Record Access Aids' })).toBeVisible();
  // Opened as a tab, the popup's "current tab" is itself: an extension page, where aids cannot run.
  await expect(page.getByText('Aids cannot run on this page.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'High contrast' })).toBeEnabled();
  expect(await axeViolations(page)).toBe('');

  await page.goto(extension.url('options.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Record Access Aids settings' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'High contrast' })).toBeEnabled();
  expect(await axeViolations(page)).toBe('');
});

test('the background rejects malformed messages and keeps settings intact', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(extension.url('options.html'));
  const outcome = await page.evaluate(async () => {
    try {
      await chrome.runtime.sendMessage({ type: 'settings/update', patch: { highContrast: 'yes please' } });
      return 'accepted';
    } catch (error) {
      return String(error);
    }
  });
  expect(outcome).toContain('malformed message');
  const stored = await extension.worker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored).toEqual({});
});

test('corrupt stored settings fall back to defaults without breaking the popup', async ({ extension }) => {
  await extension.worker.evaluate(() => chrome.storage.local.set({ settings: { version: 1, values: 'garbage' } }));
  const page = await extension.context.newPage();
  await page.goto(extension.url('popup.html'));
  const toggle = page.getByRole('checkbox', { name: 'High contrast' });
  await expect(toggle).toBeEnabled();
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  const stored = await extension.worker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored).toEqual({ settings: { version: 1, values: { highContrast: true } } });
});
