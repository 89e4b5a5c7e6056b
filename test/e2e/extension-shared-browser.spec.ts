/// <reference types="chrome" />
/**
 * The shared extension browser (support/extension.ts) is put back to its state after install between
 * tests, and says so when it cannot be: a test sharing it must not see what the one before it did.
 */
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, extensionState, resetToFresh, test } from './support/extension.js';
import { storeSettings } from './support/settings.js';

test.use({ shareExtensionBrowser: true });

test('what a test changes is put back: pages, routes, settings, storage and the registrations that follow them', async ({ sharedExtension }) => {
  if (!sharedExtension) throw new Error('this file asks for the shared browser');
  const { extension, fresh } = sharedExtension;
  const page = await extension.context.newPage();
  await extension.context.route('**/portal/**', (route) => route.fulfill({ body: 'routed' }));
  await extension.context.grantPermissions(['clipboard-read'], { origin: DEMO_ORIGIN });
  // A dark theme registers first-paint stylesheets (extension/background/first-paint-registrations.ts).
  await storeSettings(extension, { global: { colourTheme: 'dark' } });
  await extension.worker.evaluate(() => Promise.all([chrome.storage.local.set({ note: 1 }), chrome.storage.session.set({ note: 2 })]));
  await expect.poll(async () => (await extensionState(extension)).contentScripts.length).toBeGreaterThan(fresh.contentScripts.length);

  await resetToFresh(sharedExtension);
  expect(extension.context.pages()).toEqual([]);
  expect(page.isClosed()).toBe(true);
  expect(await extensionState(extension)).toEqual(fresh);
  const after = await extension.context.newPage();
  const response = await after.goto(`${DEMO_ORIGIN}/portal/`);
  expect(await response?.text()).not.toBe('routed');
});

test('control: a change the reset cannot put back fails the reset, with what differs', async ({ sharedExtension }) => {
  if (!sharedExtension) throw new Error('this file asks for the shared browser');
  const { extension } = sharedExtension;
  // Registered by hand, not by the background following the settings, so clearing storage leaves it.
  await extension.worker.evaluate(() =>
    chrome.scripting.registerContentScripts([{ id: 'left-behind', matches: ['http://127.0.0.1/*'], js: ['content.js'], persistAcrossSessions: false }]),
  );
  const failure = await resetToFresh(sharedExtension, 1_000).then(
    () => 'no failure',
    (error: unknown) => String(error),
  );
  expect(failure).toContain('the shared browser is back to its state after install');
  expect(failure).toContain('left-behind');
  await extension.worker.evaluate(() => chrome.scripting.unregisterContentScripts({ ids: ['left-behind'] }));
});
