import { readFileSync, writeFileSync } from 'node:fs';
import { axeViolations } from './support/axe.js';
import { expect, test } from './support/extension.js';
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { aidElementCount, bodyBackground, storedSettings, storeSettings } from './support/settings.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

test('the popup and options page pass axe, in the default look and in the user’s own aids', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(extension.url('popup.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Record Access Aids' })).toBeVisible();
  // Opened as a tab, the popup's "current tab" is itself: an extension page, where aids cannot run.
  await expect(page.getByText('Aids cannot run on this page.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Reading ruler' })).toBeEnabled();
  expect(await axeViolations(page)).toBe('');

  await page.goto(extension.url('options.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Record Access Aids settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Allow aids on Patient Access' })).toBeVisible();
  // Both suggested keys are really assigned (Chrome leaves a key unset when it clashes with its own).
  await expect(page.getByText('Turn high contrast on or off: Alt+Shift+H')).toBeVisible();
  await expect(page.getByText('Turn aids on or off on this site: Alt+Shift+O')).toBeVisible();
  expect(await axeViolations(page)).toBe('');

  for (const global of [{ colourTheme: 'dark', textSize: 200, readableFont: 'opendyslexic', textSpacing: 'wide' }, { colourTheme: 'light' }]) {
    await storeSettings(extension, { global });
    for (const path of ['popup.html', 'options.html']) {
      await page.goto(extension.url(path));
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.rakTheme)).toBe(global.colourTheme);
      expect(await axeViolations(page), `${path} with ${JSON.stringify(global)}`).toBe('');
    }
  }
});

test('the options page works by keyboard and shows a live contrast readout for custom colours', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(extension.url('options.html'));
  await page.getByRole('radio', { name: 'The site’s own colours' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /High contrast dark/ })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'My own colours' })).toBeChecked();
  await expect(page.locator('rak-aids-form #contrast-readout')).toContainText('Contrast 15.');

  await page.getByLabel('Text colour').fill('#777777');
  await page.getByLabel('Background colour').fill('#555555');
  await expect(page.locator('rak-aids-form #contrast-readout')).toContainText('below 4.5 to 1');
  await expect
    .poll(() => storedSettings(extension))
    .toMatchObject({ values: { global: { colourTheme: 'custom', customText: '#777777', customBackground: '#555555' } } });

  await page.getByLabel('Text size').selectOption('150%');
  await page.getByRole('checkbox', { name: 'Stop animations' }).press('Space');
  await expect.poll(() => storedSettings(extension)).toMatchObject({ values: { global: { textSize: 150, stopAnimations: true } } });
});

test('settings export to a file and import back; an invalid file changes nothing and says why', async ({ extension }, testInfo) => {
  await storeSettings(extension, { global: { colourTheme: 'light', readingRuler: true }, sites: { 'https://a.example': { enabled: false } } });
  const page = await extension.context.newPage();
  await page.goto(extension.url('options.html'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save settings to a file' }).click()]);
  const exported = testInfo.outputPath('exported.json');
  await download.saveAs(exported);
  const before = await storedSettings(extension);

  const invalid = testInfo.outputPath('invalid.json');
  writeFileSync(invalid, JSON.stringify({ format: 'record-access-aids-settings', version: 2, values: { global: { textSize: 900 }, sites: {} } }));
  await page.getByLabel('Load settings from a file').setInputFiles(invalid);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Your settings were not changed');
  // The validator's problem code, put into words by the extension's own messages.json.
  await expect(summary).toContainText('global setting "textSize" has an invalid value (900); using the default');
  await expect(summary).toBeFocused();
  expect(await storedSettings(extension)).toEqual(before);

  const notJson = testInfo.outputPath('not.json');
  writeFileSync(notJson, 'hello');
  await page.getByLabel('Load settings from a file').setInputFiles(notJson);
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  expect(await storedSettings(extension)).toEqual(before);

  await storeSettings(extension, {});
  await page.getByLabel('Load settings from a file').setInputFiles(exported);
  await expect(page.getByText('Your settings were loaded from the file.')).toBeVisible();
  const { version, values } = JSON.parse(readFileSync(exported, 'utf8')) as { version: number; values: unknown };
  expect(await storedSettings(extension)).toEqual({ version, values });
  expect(values).toMatchObject({ global: { colourTheme: 'light', readingRuler: true }, sites: { 'https://a.example': { enabled: false } } });
  await expect(page.getByRole('radio', { name: /High contrast light/ })).toBeChecked();
});

test('the popup over an allowed site switches aids off there and gives the site its own settings', async ({ extension }) => {
  const portal = await extension.context.newPage();
  await portal.goto(`${DEMO_ORIGIN}/portal/`);
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  // Make the portal the active tab, then load the popup again: it now reads the portal as "this site".
  await portal.bringToFront();
  await popup.reload();
  const host = new URL(DEMO_ORIGIN).host;
  await expect(popup.getByRole('checkbox', { name: `Aids on ${host}` })).toBeChecked();
  await expect(popup.getByText('These settings are for every site where aids are allowed.')).toBeVisible();
  // The popup has read its site; now it is in front, as a real popup is over its page (a tab behind another runs no
  // animation frames, so each click in it waited ~2 s for Playwright's stability check).
  await popup.bringToFront();

  await popup.getByRole('checkbox', { name: `Different settings for ${host} only` }).check();
  await expect(popup.getByText(`These settings are for ${host} only.`)).toBeVisible();
  await popup.getByRole('radio', { name: /High contrast light/ }).check();
  await expect.poll(() => bodyBackground(portal)).toBe('rgb(255, 255, 255)');
  await expect
    .poll(() => storedSettings(extension))
    .toMatchObject({
      values: { global: { colourTheme: 'none' }, sites: { [DEMO_ORIGIN]: { enabled: true, aids: { colourTheme: 'light' } } } },
    });

  await popup.getByRole('checkbox', { name: `Aids on ${host}` }).uncheck();
  await expect.poll(() => aidElementCount(portal)).toBe(0);
  expect(await axeViolations(popup)).toBe('');
});

test('when the sync quota is full, settings are kept in this browser and the user is told', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(extension.url('options.html'));
  // Many sites with their own settings outgrow storage.sync's 8 KB per item.
  const results = await options.evaluate(async () => {
    const outcomes: (string | undefined)[] = [];
    for (let i = 0; i < 120; i++) {
      const origin = `https://site-${i}.example.org`;
      const result = (await chrome.runtime.sendMessage({
        type: 'settings/update',
        scope: { kind: 'site', origin },
        patch: { colourTheme: 'custom', customText: '#ffffff', customBackground: '#123456' },
      })) as { syncProblem?: string };
      outcomes.push(result.syncProblem);
    }
    return outcomes;
  });
  expect(results[0]).toBeUndefined();
  expect(results.at(-1)).toMatch(/quota/i);
  const local = await extension.worker.evaluate(() => chrome.storage.local.get(null));
  expect(local.settingsKeptLocally).toBe(true);
  expect(Object.keys((local.settings as { values: { sites: object } }).values.sites)).toHaveLength(120);
  await options.reload();
  await expect(options.getByText('Your settings are kept in this browser only')).toBeVisible();
  await expect(options.getByText('site-119.example.org', { exact: true })).toBeVisible();
});
