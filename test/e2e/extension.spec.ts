import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleContrast, sampleTextColours } from './support/contrast.js';
import { DEMO_ORIGIN, DEMO_PORT } from './support/demo-origin.js';
import { expect, launchWithExtension, test, waitForContentScript } from './support/extension.js';
import { aidElementCount, bodyBackground, loadedFontFaces, openPortal, PORTAL_PAGES, storedSettings, storeSettings } from './support/settings.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

test('high contrast from the popup applies live, is stored in sync, and is fully undone', async ({ extension }) => {
  const portal = await openPortal(extension);
  const original = await bodyBackground(portal);
  expect(original).not.toBe('rgb(0, 0, 0)');

  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  const dark = popup.getByRole('radio', { name: 'High contrast dark (white and yellow on black)' });
  await expect(popup.getByRole('radio', { name: 'The site’s own colours' })).toBeChecked();
  await expect(popup.getByText('Some of your saved settings could not be read')).toHaveCount(0);
  await dark.check();
  await expect(popup.getByRole('status')).toHaveText('Saved.');
  await expect.poll(() => bodyBackground(portal)).toBe('rgb(0, 0, 0)');
  expect(await storedSettings(extension)).toMatchObject({ version: 2, values: { global: { colourTheme: 'dark' } } });
  // The popup itself follows the user's aids.
  await expect.poll(() => popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');

  await popup.reload();
  await expect(popup.getByRole('radio', { name: /High contrast dark/ })).toBeChecked();
  await portal.reload();
  await expect.poll(() => bodyBackground(portal)).toBe('rgb(0, 0, 0)');

  await popup.getByRole('radio', { name: 'The site’s own colours' }).check();
  await expect.poll(() => bodyBackground(portal)).toBe(original);
  expect(await aidElementCount(portal)).toBe(0);
});

for (const theme of ['dark', 'light'] as const) {
  test(`every text on every demo portal page measures at least 7:1 under high contrast ${theme}`, async ({ extension }) => {
    await storeSettings(extension, { global: { colourTheme: theme } });
    const page = await extension.context.newPage();
    for (const path of PORTAL_PAGES) {
      await page.goto(`${DEMO_ORIGIN}${path}`);
      await expect.poll(() => bodyBackground(page), { message: path }).toBe(theme === 'dark' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
      const samples = await sampleTextColours(page);
      expect(samples.length, path).toBeGreaterThan(10);
      const weak = samples.map((s) => ({ ...s, ratio: sampleContrast(s) })).filter((s) => s.ratio < 7);
      expect(weak, `text below 7:1 on ${path}`).toEqual([]);
    }
  });
}

test('custom colours apply, and the colour themes stand down under forced colours', async ({ extension }) => {
  await storeSettings(extension, { global: { colourTheme: 'custom', customText: '#fdf6e3', customBackground: '#002b36' } });
  const portal = await openPortal(extension);
  await expect.poll(() => bodyBackground(portal)).toBe('rgb(0, 43, 54)');
  await portal.emulateMedia({ forcedColors: 'active' });
  await expect.poll(() => bodyBackground(portal)).not.toBe('rgb(0, 43, 54)');

  const popup = await extension.context.newPage();
  await popup.emulateMedia({ forcedColors: 'active' });
  await popup.goto(extension.url('popup.html'));
  await expect(popup.getByText('Your computer is already showing its own contrast colours')).toBeVisible();
});

test('each aid applies in the page and is fully undone when switched off', async ({ extension }) => {
  const portal = await openPortal(extension, '/portal/consultations.html');
  const probe = () =>
    portal.evaluate(() => {
      const p = document.querySelector('main p')!;
      const link = document.querySelector('nav a')!;
      const s = getComputedStyle(p);
      return {
        rootFontSize: getComputedStyle(document.documentElement).fontSize,
        lineHeight: s.lineHeight,
        letterSpacing: s.letterSpacing,
        fontFamily: s.fontFamily,
        linkUnderline: getComputedStyle(link).textDecorationLine,
        cursor: getComputedStyle(link).cursor,
        transition: getComputedStyle(p).transitionDuration,
        ruler: document.querySelectorAll('[data-record-access-aid="reading-ruler"]').length,
      };
    });
  const before = await probe();
  await storeSettings(extension, {
    global: {
      textSize: 200,
      textSpacing: 'wcag',
      readableFont: 'atkinson',
      underlineLinks: true,
      largeCursor: true,
      stopAnimations: true,
      readingRuler: true,
      strongFocus: true,
    },
  });
  await expect.poll(async () => (await probe()).rootFontSize).toBe('32px');
  const on = await probe();
  expect(on.fontFamily).toContain('Record Access Aids Atkinson Hyperlegible');
  expect(on.linkUnderline).toBe('underline');
  expect(on.cursor).toContain('data:image/svg+xml');
  expect(on.ruler).toBe(1);
  expect(on.letterSpacing).not.toBe(before.letterSpacing);
  // The bundled font really loads (its bytes read inside the extension, handed to FontFace), not from the web.
  await expect.poll(() => loadedFontFaces(portal, 'Record Access Aids Atkinson Hyperlegible')).toBeGreaterThan(0);
  // Strong focus: a 4px outline on a focused link, keyboard-style.
  await portal.keyboard.press('Tab');
  await portal.keyboard.press('Tab');
  await expect.poll(() => portal.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineWidth : ''))).toBe('4px');

  await storeSettings(extension, { global: {} });
  await expect.poll(probe).toEqual(before);
  expect(await aidElementCount(portal)).toBe(0);
});

test('text at 200% reflows on every demo portal page: no page-wide sideways scrolling, nothing clipped', async ({ extension }) => {
  await storeSettings(extension, { global: { textSize: 200, textSpacing: 'wide' } });
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of PORTAL_PAGES) {
    await page.goto(`${DEMO_ORIGIN}${path}`);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize), { message: path }).toBe('32px');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    // Text clipped by a box that hides overflow would be lost; wide tables scroll in their own focusable region instead.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => ['hidden', 'clip'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent?.slice(0, 40)),
    );
    expect(clipped, path).toEqual([]);
  }
});

test('per-site settings stay per site, and aids can be switched off on one site', async ({ extension }) => {
  // A second demo origin (another port) stands in for a second website.
  const html = readFileSync(new URL('../../demo/portal/index.html', import.meta.url), 'utf8');
  const css = readFileSync(new URL('../../demo/portal/portal.css', import.meta.url), 'utf8');
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', req.url?.endsWith('.css') ? 'text/css' : 'text/html');
    res.end(req.url?.endsWith('.css') ? css : html);
  });
  // Not DEMO_PORT + 1: that is the accessibility suite's default port (8766), so the two suites can run side by side.
  const otherPort = DEMO_PORT + 10;
  await new Promise<void>((resolve) => server.listen(otherPort, '127.0.0.1', resolve));
  try {
    const other = `http://127.0.0.1:${otherPort}`;
    const options = await extension.context.newPage();
    await options.goto(extension.url('options.html'));
    const send = (message: unknown) => options.evaluate((m) => chrome.runtime.sendMessage(m), message);
    await send({ type: 'settings/update', scope: { kind: 'global' }, patch: { colourTheme: 'dark' } });
    await send({ type: 'site/update', origin: DEMO_ORIGIN, ownAids: true });
    await send({ type: 'settings/update', scope: { kind: 'site', origin: DEMO_ORIGIN }, patch: { colourTheme: 'light' } });

    const here = await openPortal(extension);
    const there = await extension.context.newPage();
    await there.goto(`${other}/portal/`);
    await expect.poll(() => bodyBackground(here)).toBe('rgb(255, 255, 255)');
    await expect.poll(() => bodyBackground(there)).toBe('rgb(0, 0, 0)');

    // Off on the second site only.
    await send({ type: 'site/update', origin: other, enabled: false });
    await expect.poll(() => aidElementCount(there)).toBe(0);
    await expect.poll(() => bodyBackground(here)).toBe('rgb(255, 255, 255)');

    // The options page lists both sites, and can return one to the settings for every site.
    await options.reload();
    await expect(options.getByText('Aids are switched off here.')).toBeVisible();
    await options.getByRole('button', { name: `Use the settings for every site on 127.0.0.1:${DEMO_PORT}` }).click();
    await expect.poll(() => bodyBackground(here)).toBe('rgb(0, 0, 0)');
    await options.getByRole('button', { name: `Turn aids on for 127.0.0.1:${otherPort}` }).click();
    await expect.poll(() => bodyBackground(there)).toBe('rgb(0, 0, 0)');
  } finally {
    // The browser keeps connections alive; close them or the server never stops.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('aids stay applied through single-page-app navigation', async ({ extension }) => {
  await storeSettings(extension, { global: { colourTheme: 'dark', readingRuler: true, textSize: 150 } });
  const page = await openPortal(extension, '/portal/app.html');
  await expect.poll(() => bodyBackground(page)).toBe('rgb(0, 0, 0)');
  for (const [link, heading] of [
    ['Latest results', 'Latest results'],
    ['Latest note', 'Latest note'],
    ['Summary', 'Summary'],
  ] as const) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    expect(page.url()).toContain('view=');
    const weak = (await sampleTextColours(page)).map((s) => ({ ...s, ratio: sampleContrast(s) })).filter((s) => s.ratio < 7);
    expect(weak, `after navigating to ${link}`).toEqual([]);
    expect(await page.locator('[data-record-access-aid="reading-ruler"]').count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  }
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Latest note' })).toBeVisible();
  expect(await bodyBackground(page)).toBe('rgb(0, 0, 0)');
});

test('the theme is in place by the first frame the page paints (no flash), and switching it off still undoes it', async ({ extension }) => {
  await storeSettings(extension, { global: { colourTheme: 'dark' } });
  // The background registers the first-paint stylesheet for the allowed sites once it sees the setting.
  await expect
    .poll(() => extension.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort()))
    .toEqual(['record-access-aids', 'record-access-aids-first-paint-dark']);
  const page = await extension.context.newPage();
  // The first animation frame callback runs just before the page's first paint.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const painted = document.body ?? document.documentElement;
      document.documentElement.dataset.backgroundAtFirstFrame = getComputedStyle(painted).backgroundColor;
    });
  });
  for (const path of ['/portal/', '/portal/results.html']) {
    await page.goto(`${DEMO_ORIGIN}${path}`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.backgroundAtFirstFrame), { message: path }).toBe('rgb(0, 0, 0)');
  }
  const original = 'rgb(244, 246, 248)';
  await storeSettings(extension, { global: {} });
  await expect.poll(() => bodyBackground(page)).toBe(original);
  await expect
    .poll(() => extension.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)))
    .toEqual(['record-access-aids']);
});

test('settings survive a browser restart (persistent profile)', async ({ extensionDir }) => {
  const profile = mkdtempSync(join(tmpdir(), 'rak-restart-'));
  try {
    const first = await launchWithExtension(profile, extensionDir);
    await waitForContentScript(first);
    await storeSettings(first, { global: { colourTheme: 'light', textSize: 150 } });
    await first.context.close();

    const second = await launchWithExtension(profile, extensionDir);
    await waitForContentScript(second);
    const portal = await openPortal(second);
    await expect.poll(() => bodyBackground(portal)).toBe('rgb(255, 255, 255)');
    expect(await portal.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('corrupt or hand-edited storage falls back to defaults without breaking the popup or the page', async ({ extension }) => {
  await extension.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 2, values: 'garbage' } }));
  const popup = await extension.context.newPage();
  await popup.goto(extension.url('popup.html'));
  await expect(popup.getByRole('radio', { name: 'The site’s own colours' })).toBeChecked();
  await expect(popup.getByText('Some of your saved settings could not be read')).toBeVisible();
  const portal = await openPortal(extension);
  expect(await aidElementCount(portal)).toBe(0);

  // Hand-edited: one bad value among good ones keeps the good ones.
  await extension.worker.evaluate(() =>
    chrome.storage.sync.set({ settings: { version: 2, values: { global: { colourTheme: 'dark', textSize: 'huge' }, sites: { nonsense: 1 } } } }),
  );
  await expect.poll(() => bodyBackground(portal)).toBe('rgb(0, 0, 0)');
  await popup.reload();
  await expect(popup.getByRole('radio', { name: /High contrast dark/ })).toBeChecked();
  await expect(popup.getByLabel('Text size')).toHaveValue('Normal (100%)');
  await popup.getByRole('radio', { name: /High contrast light/ }).check();
  await expect(popup.getByRole('status')).toHaveText('Saved.');
  expect(await storedSettings(extension)).toEqual({
    version: 2,
    values: { global: expect.objectContaining({ colourTheme: 'light', textSize: 100 }), sites: {} },
  });
});

test('an older (version 1) setting in storage.local is migrated', async ({ extension }) => {
  await extension.worker.evaluate(() => chrome.storage.local.set({ settings: { version: 1, values: { highContrast: true } } }));
  const portal = await openPortal(extension);
  await expect.poll(() => bodyBackground(portal)).toBe('rgb(0, 0, 0)');
});

test('the background rejects malformed messages and keeps settings intact', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(extension.url('options.html'));
  const outcome = await page.evaluate(async () => {
    try {
      await chrome.runtime.sendMessage({ type: 'settings/update', scope: { kind: 'global' }, patch: { colourTheme: 'yes please' } });
      return 'accepted';
    } catch (error) {
      return String(error);
    }
  });
  expect(outcome).toContain('malformed message');
  expect(await storedSettings(extension)).toBeUndefined();
});
