/**
 * The extension's core flows in Firefox ESR, in one browser for the file (tests run in order and build
 * on each other: the site allowed in the first is the site the rest use). The demo is served on a port,
 * as local portals and the demo are: Firefox match patterns cannot name a port.
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { DEMO_ORIGIN } from './support/origin.js';
import {
  acceptPermissionPrompt,
  allowSites,
  browserShortcuts,
  BUILD,
  fireCommand,
  extensionErrors,
  launchFirefox,
  open,
  recordedRequests,
  recordRequests,
  openPopupOver,
  registeredScripts,
  reload,
  SLOW,
  type FirefoxSession,
} from './support/firefox.js';

test.describe.configure({ mode: 'serial' });

let session: FirefoxSession;
let portal: Page;
let popup: Page;
/** Set once the first test has allowed the demo site through the popup. */
let allowedByPopup = false;

test.beforeAll(async () => {
  test.setTimeout(SLOW * 2);
  session = await launchFirefox();
  // From the first moment: every HTTP(S) request in the browser, with who asked for it.
  await recordRequests(session);
  portal = await session.newPage();
});

test.afterAll(async () => {
  await session?.close();
});

const bodyBackground = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const aidCount = (page: Page): Promise<number> => page.evaluate(() => document.querySelectorAll('[data-record-access-aid]').length);
/** The popup's controls live in two shadow roots (the popup and its aids form); `>>>` pierces them. */
const inPopup = (selector: string): string => `>>> ${selector}`;
const popupText = (page: Page): Promise<string> =>
  page.evaluate(() => document.querySelector('rak-popup')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

async function waitForStatusSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('rak-popup')?.shadowRoot?.querySelector('rak-aids-form')?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ===
      'Saved.',
    // Polled on a timer: the popup is a tab behind the page, and Firefox runs no animation frames there.
    { timeout: SLOW, polling: 100 },
  );
}

/**
 * Makes a change in the popup and waits until it says "Saved.", with the popup's tab in front for it, then
 * puts the portal back in front. Firefox runs no rendering updates in a tab behind another: a click there
 * waited 16 s for puppeteer's visibility check and the status 31 s, most of this file's time.
 */
async function changeInPopup(change: () => Promise<unknown>): Promise<void> {
  await popup.bringToFront();
  await change();
  await waitForStatusSaved(popup);
  await portal.bringToFront();
}

test('allow a site on a port from the popup: Firefox’s own prompt, then aids on this page and on the next', async () => {
  await open(portal, `${DEMO_ORIGIN}/portal/`);
  const original = await bodyBackground(portal);
  popup = await openPopupOver(session, portal);
  expect(await popupText(popup)).toContain(`Aids are not allowed on ${new URL(DEMO_ORIGIN).host} yet.`);

  await popup.click(inPopup('.site button'));
  // Firefox shows its prompt over the tab that asked (here the popup's tab, standing in for the panel).
  await popup.bringToFront();
  const prompt = await acceptPermissionPrompt(session);
  await portal.bringToFront();
  await expect.poll(() => registeredScripts(popup), { timeout: SLOW }).toEqual(['record-access-aids']);

  // The page already open got the content script: high contrast from the popup applies at once.
  await reload(popup);
  await changeInPopup(() => popup.click(inPopup('#theme-dark')));
  await expect.poll(() => bodyBackground(portal), { timeout: SLOW }).toBe('rgb(0, 0, 0)');

  // The next page of the site (the bug: a pattern with a port matched nothing, so no aids from here on).
  await open(portal, `${DEMO_ORIGIN}/portal/results.html`);
  await expect.poll(() => bodyBackground(portal), { timeout: SLOW }).toBe('rgb(0, 0, 0)');

  await changeInPopup(() => popup.click(inPopup('#theme-none')));
  await expect.poll(() => bodyBackground(portal), { timeout: SLOW }).toBe(original);

  // What was asked for and granted: the host, every port (a pattern with the port reads "127.0.0.1:<port>").
  expect(prompt).toContain('127.0.0.1');
  expect(prompt).not.toContain(`127.0.0.1:${new URL(DEMO_ORIGIN).port}`);
  expect(await popup.evaluate(async () => (await browser.permissions.getAll()).origins)).toEqual(['http://127.0.0.1/*']);
  allowedByPopup = true;
});

test('each aid in the popup applies to the page and is fully undone when switched off', async () => {
  await open(portal, `${DEMO_ORIGIN}/portal/consultations.html`);
  await reload(popup);
  const probe = () =>
    portal.evaluate(() => {
      const p = document.querySelector('main p')!;
      const s = getComputedStyle(p);
      return {
        background: getComputedStyle(document.body).backgroundColor,
        rootFontSize: getComputedStyle(document.documentElement).fontSize,
        letterSpacing: s.letterSpacing,
        fontFamily: s.fontFamily,
        ruler: document.querySelectorAll('[data-record-access-aid="reading-ruler"]').length,
        terms: document.querySelectorAll('[data-record-access-aid="explain-terms"]').length,
      };
    });
  const before = await probe();
  const steps: { label: string; on: () => Promise<void>; off: () => Promise<void>; check: (p: Awaited<ReturnType<typeof probe>>) => boolean }[] = [
    {
      label: 'high contrast light',
      on: () => popup.click(inPopup('#theme-light')),
      off: () => popup.click(inPopup('#theme-none')),
      check: (p) => p.background === 'rgb(255, 255, 255)',
    },
    {
      label: 'text size 200%',
      on: () => popup.select(inPopup('#text-size'), '200%').then(() => undefined),
      off: () => popup.select(inPopup('#text-size'), 'Normal (100%)').then(() => undefined),
      check: (p) => p.rootFontSize === '32px',
    },
    {
      label: 'readable font',
      on: () => popup.select(inPopup('#readable-font'), 'Atkinson Hyperlegible (clear letter shapes)').then(() => undefined),
      off: () => popup.select(inPopup('#readable-font'), 'The site’s own font').then(() => undefined),
      check: (p) => p.fontFamily.includes('Record Access Aids Atkinson Hyperlegible'),
    },
    { label: 'reading ruler', on: () => popup.click(inPopup('#readingRuler')), off: () => popup.click(inPopup('#readingRuler')), check: (p) => p.ruler === 1 },
  ];
  for (const step of steps) {
    await changeInPopup(step.on);
    await expect.poll(async () => step.check(await probe()), { timeout: SLOW, message: `${step.label} on` }).toBe(true);
    await changeInPopup(step.off);
    await expect.poll(probe, { timeout: SLOW, message: `${step.label} off` }).toEqual(before);
  }
  expect(await aidCount(portal)).toBe(0);
});

test('the theme is in place at the first frame after a reload (first-paint stylesheet), and on the strict-CSP page', async () => {
  await changeInPopup(() => popup.click(inPopup('#theme-dark')));
  await expect.poll(() => registeredScripts(popup), { timeout: SLOW }).toEqual(['record-access-aids', 'record-access-aids-first-paint-dark']);
  // The first animation frame callback runs just before the page's first paint; the content script has
  // not read storage by then, so only the registered stylesheet can have painted the page black.
  const firstFrame = await portal.evaluateOnNewDocument(() => {
    requestAnimationFrame(() => {
      document.documentElement.dataset.backgroundAtFirstFrame = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
    });
  });
  for (const path of ['/portal/', '/portal/results.html', '/strict-csp.html']) {
    await open(portal, `${DEMO_ORIGIN}${path}`);
    await expect
      .poll(() => portal.evaluate(() => document.documentElement.dataset.backgroundAtFirstFrame), { timeout: SLOW, message: path })
      .toBe('rgb(0, 0, 0)');
    await expect.poll(() => bodyBackground(portal), { timeout: SLOW, message: path }).toBe('rgb(0, 0, 0)');
  }
  await portal.removeScriptToEvaluateOnNewDocument(firstFrame.identifier);
  await changeInPopup(() => popup.click(inPopup('#theme-none')));
  await expect.poll(() => registeredScripts(popup), { timeout: SLOW }).toEqual(['record-access-aids']);
});

test('a burst of quick setting changes never leaves a moment with no content script, and the last change wins', async () => {
  await open(portal, `${DEMO_ORIGIN}/portal/`);
  // Runs alone too (e.g. against older code): allow the site the way the options page would.
  if (!allowedByPopup) {
    await allowSites(session, ['http://127.0.0.1/*']);
    popup = await openPopupOver(session, portal);
  }
  await reload(popup);
  const themes = ['dark', 'light', 'none', 'dark', 'light', 'dark', 'none', 'light', 'dark', 'light', 'none', 'dark'];
  // In the popup's page: watch the registrations as fast as the API answers, while the changes go in
  // as quick clicks would send them (each without waiting for the last).
  const watch = await popup.evaluate(async (series: string[]) => {
    let watching = true;
    let checks = 0;
    const missing: string[] = [];
    const watcher = (async () => {
      while (watching) {
        const ids = (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id);
        checks++;
        if (!ids.includes('record-access-aids')) missing.push(ids.join(',') || 'nothing registered');
      }
    })();
    await Promise.all(series.map((colourTheme) => browser.runtime.sendMessage({ type: 'settings/update', scope: { kind: 'global' }, patch: { colourTheme } })));
    // Let the background finish the syncs the changes set off.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    watching = false;
    await watcher;
    return { checks, missing };
  }, themes);
  expect(watch.checks).toBeGreaterThan(10);
  expect(watch.missing).toEqual([]);
  await expect.poll(() => registeredScripts(popup), { timeout: SLOW }).toEqual(['record-access-aids', 'record-access-aids-first-paint-dark']);
  // A page opened now has the content script and the last theme.
  await open(portal, `${DEMO_ORIGIN}/portal/results.html`);
  await expect.poll(() => bodyBackground(portal), { timeout: SLOW }).toBe('rgb(0, 0, 0)');
  await reload(popup);
  await changeInPopup(() => popup.click(inPopup('#theme-none')));
});

test('the default shortcuts clash with none of Firefox’s, and one fired through Firefox toggles high contrast', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const built = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key?: { default?: string } }> };
  const ours = Object.values(built.commands).flatMap((command) => (command.suggested_key?.default ? [command.suggested_key.default] : []));
  const firefox = await browserShortcuts(session);
  expect(firefox.menuAccessKeys).toContain('H');
  for (const shortcut of ours) {
    const parts = shortcut.split('+');
    const letter = parts.pop()!.toUpperCase();
    const modifiers = parts
      .map((part) => part.toLowerCase())
      .sort()
      .join(',');
    // Alt (with Shift too, on Linux and Windows) opens the menu whose access key is the letter.
    if (modifiers.includes('alt')) expect(firefox.menuAccessKeys, shortcut).not.toContain(letter);
    expect(firefox.keys, shortcut).not.toContain(`${modifiers}+${letter}`);
  }
  // Keys typed by automation go to the page, not to browser shortcuts: fire Firefox's own binding instead.
  await open(portal, `${DEMO_ORIGIN}/portal/`);
  await portal.bringToFront();
  const original = await bodyBackground(portal);
  const contrast = built.commands['toggle-high-contrast']?.suggested_key?.default ?? '';
  const [key, modifiers] = [
    contrast.split('+').pop()!,
    contrast
      .split('+')
      .slice(0, -1)
      .map((m) => m.toLowerCase())
      .join(','),
  ];
  await fireCommand(session, key, modifiers);
  await expect.poll(() => bodyBackground(portal), { timeout: SLOW }).toBe('rgb(0, 0, 0)');
  await fireCommand(session, key, modifiers);
  await expect.poll(() => bodyBackground(portal), { timeout: SLOW }).toBe(original);
});

test('no errors from the extension in Firefox’s console, not even when a popup closes mid-request', async () => {
  expect(await extensionErrors(session)).toEqual([]);
});

test('the extension made no network request of its own in all of the above, and the recorder would have seen one', async () => {
  const extensionOrigin = session.url('').replace(/\/$/, '');
  const byExtension = async () => (await recordedRequests(session)).filter((request) => request.by === extensionOrigin);
  // Every page request above was the page's own (or Firefox's); none came from the extension's origin.
  expect(await byExtension()).toEqual([]);
  expect((await recordedRequests(session)).some((request) => request.url.startsWith(DEMO_ORIGIN))).toBe(true);
  // Control: a request made from one of the extension's pages is recorded as the extension's.
  await popup.evaluate((url: string) => fetch(url).then(() => undefined), `${DEMO_ORIGIN}/?control`);
  expect((await byExtension()).map((request) => request.url)).toEqual([`${DEMO_ORIGIN}/?control`]);
});
