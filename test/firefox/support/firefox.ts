/**
 * Firefox ESR with the built Firefox extension, driven by puppeteer-core over WebDriver BiDi (no
 * geckodriver, nothing downloaded). The extension is installed as a temporary add-on from a copy of
 * dist/extension/firefox, as built except that its UI's shadow roots are open for the tests to look inside
 * (test/support/open-ui-roots.ts), with a fixed UUID so its pages have a known address.
 *
 * Where automation cannot reach the browser's own UI, the test works through Firefox's chrome (its
 * privileged window, open to BiDi when Firefox runs with --remote-allow-system-access), and does there
 * what a person's click would do: accept the add-on permission prompt by its own button, grant the
 * toolbar button's "active tab" access, fire a keyboard shortcut's command. Each helper says which.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFirefox } from '../../../scripts/find-firefox.mjs';
import { speechEnv } from '../../../scripts/speech-env.mjs';
import { openAidUiRoots } from '../../support/open-ui-roots.js';

export const BUILD = fileURLToPath(new URL('../../../dist/extension/firefox', import.meta.url));
const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
export const GECKO_ID = manifest.browser_specific_settings.gecko.id;
/** The fixed moz-extension:// host of the extension in these tests. */
export const EXTENSION_UUID = '3f0b2a4e-8c1d-4e7a-9b6f-5d2c1a0e9f11';

/** Generous: a cold Firefox takes up to 18 s to start on a loaded 2-core machine. */
export const SLOW = 45_000;

export interface ConsoleEntry {
  error: boolean;
  message: string;
  source: string;
}

export interface FirefoxSession {
  browser: Browser;
  profileDir: string;
  /** moz-extension://<uuid>/<path> */
  url(path: string): string;
  /** Evaluates `expression` in Firefox's own (privileged) browser window and returns its JSON-able value. */
  chrome<T>(expression: string): Promise<T>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Speak through speech-dispatcher with espeak-ng, played to ALSA's null device (scripts/speech-env.mjs). */
  realVoices?: boolean;
  /** Reuse a profile (for restart tests); otherwise a fresh temporary one is made and removed on close. */
  profileDir?: string;
  /** Install the extension (default true). A restart of a profile where it is installed must not install it again. */
  install?: boolean;
}

let openCopy: string | undefined;

/** One copy of the build per run with the UI's shadow roots open, so tests can look inside (test/support/open-ui-roots.ts). */
function buildWithOpenUiRoots(): string {
  if (openCopy === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'rak-firefox-build-'));
    cpSync(BUILD, dir, { recursive: true });
    openAidUiRoots(dir);
    openCopy = dir;
  }
  return openCopy;
}

/**
 * Launches Firefox and installs the extension. Temporary add-ons do not survive a restart, so the
 * restart test relaunches with the same profile and installs the same build again: Firefox then keeps
 * the add-on's storage and registered scripts, as it does for an add-on that is updated.
 */
export async function launchFirefox({ realVoices = false, profileDir, install = true }: LaunchOptions = {}): Promise<FirefoxSession> {
  const ownProfile = profileDir === undefined;
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'rak-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    protocolTimeout: 120_000,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Keep the temporary add-on's storage when the browser restarts with the same profile.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Speech is on in Firefox for Linux already; said here so a change of default cannot pass unnoticed.
      'media.webspeech.synth.enabled': true,
    },
    // Its own speech-dispatcher, so a daemon left busy by another run on the machine cannot hold it up.
    ...(realVoices ? { env: { ...process.env, ...speechEnv() } } : {}),
  });
  if (install) await browser.installExtension(buildWithOpenUiRoots());
  // The BiDi connection under puppeteer's Browser (a BidiBrowser for Firefox), for commands puppeteer has no method for.
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  const chromeContext = async (): Promise<string> => {
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const window = tree.result.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('Firefox’s browser window was not found over BiDi (is --remote-allow-system-access honoured?)');
    return window.context;
  };
  const session: FirefoxSession = {
    browser,
    profileDir: profile,
    url: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
    async chrome<T>(expression: string): Promise<T> {
      const context = await chromeContext();
      // JSON across the wire keeps values simple whatever their type in the chrome window.
      const response = (await connection.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (async () => (${expression}))()))()`,
        target: { context },
        awaitPromise: true,
      })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
      if (response.result.type !== 'success') throw new Error(`In Firefox's chrome: ${response.result.exceptionDetails?.text ?? 'failed'}\n${expression}`);
      const json = response.result.result?.value;
      return (json === undefined ? undefined : JSON.parse(json)) as T;
    },
    newPage: () => browser.newPage(),
    async close() {
      await browser.close();
      if (ownProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** Sends a raw WebDriver BiDi command through puppeteer's connection. */
function bidi(page: Page, method: string, params: object): Promise<unknown> {
  return (page.browser() as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection.send(method, params);
}

/** The BiDi browsing context of a page's main frame. */
const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Opens `url`. moz-extension:// pages load but never report the load as finished over BiDi, so they
 * are navigated without waiting and the wait is on the document itself.
 */
export async function open(page: Page, url: string): Promise<void> {
  if (url.startsWith('moz-extension:')) {
    await bidi(page, 'browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
  } else {
    await page.goto(url, { timeout: SLOW, waitUntil: 'load' });
  }
  await page.waitForFunction(
    (expected: string) => location.href.startsWith(expected) && document.readyState === 'complete',
    { timeout: SLOW, polling: 50 },
    url.split('#')[0] ?? url,
  );
}

/** Reloads a page and waits for the new document (extension pages never report the load as finished). */
export async function reload(page: Page): Promise<void> {
  const before = await page.evaluate(() => performance.timeOrigin);
  await bidi(page, 'browsingContext.reload', { context: contextOf(page), wait: 'none' });
  await page.waitForFunction(
    (previous: number) => performance.timeOrigin !== previous && document.readyState === 'complete',
    { timeout: SLOW, polling: 50 },
    before,
  );
}

/**
 * Waits for Firefox's add-on permission prompt (the doorhanger a person sees) and presses its Allow
 * button, in the browser's own window. Returns the prompt's text, e.g. "Access your data for sites in
 * the 127.0.0.1 domain".
 */
export async function acceptPermissionPrompt(session: FirefoxSession): Promise<string> {
  const deadline = Date.now() + SLOW;
  for (;;) {
    const text = await session.chrome<string | null>(`(() => {
      const prompt = document.getElementById('addon-webext-permissions-notification');
      if (!prompt || prompt.hidden || PopupNotifications.panel.state !== 'open') return null;
      const text = prompt.textContent;
      prompt.querySelector('.popup-notification-primary-button').click();
      return text;
    })()`);
    if (text !== null) return text;
    if (Date.now() > deadline) throw new Error('Firefox’s permission prompt did not appear');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Grants the extension the "active tab" access that a click on its toolbar button gives, for the tab
 * in front. (The toolbar popup itself is a panel of Firefox's window that BiDi cannot drive, so the
 * tests open popup.html in a tab behind the page, where it sees the page as the current tab.)
 */
export async function grantActiveTab(session: FirefoxSession): Promise<void> {
  await session.chrome(`(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
    extension.tabManager.addActiveTabPermission(gBrowser.selectedTab);
    return true;
  })()`);
}

/** Opens the popup page for `page`: the page in front with active-tab access, the popup in a tab behind it. */
export async function openPopupOver(session: FirefoxSession, page: Page): Promise<Page> {
  await page.bringToFront();
  await grantActiveTab(session);
  const popup = await session.newPage();
  await open(popup, session.url('popup.html'));
  await page.bringToFront();
  await reload(popup);
  return popup;
}

/**
 * Allows aids on `patterns` the way a person does from an extension page: a real click on a button
 * that asks for the access, then Allow in Firefox's prompt.
 */
export async function allowSites(session: FirefoxSession, patterns: string[]): Promise<void> {
  const page = await session.newPage();
  await open(page, session.url('options.html'));
  await page.evaluate((wanted: string[]) => {
    const button = document.createElement('button');
    button.id = 'test-allow';
    button.textContent = 'Allow (test)';
    button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;width:200px;height:60px';
    button.addEventListener('click', () => {
      void browser.permissions.request({ origins: wanted }).then((granted) => (button.dataset.granted = String(granted)));
    });
    document.body.append(button);
  }, patterns);
  await page.click('#test-allow');
  await acceptPermissionPrompt(session);
  await page.waitForSelector('#test-allow[data-granted="true"]', { timeout: SLOW });
  await page.close();
}

/** The registered content-script ids, read from an extension page (the scripting API is there too). */
export async function registeredScripts(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id).sort());
}

/**
 * Every console message Firefox has logged so far (pages, content scripts, extension pages, the
 * background), from its console service, with the file it came from.
 */
export function consoleEntries(session: FirefoxSession): Promise<ConsoleEntry[]> {
  return session.chrome<ConsoleEntry[]>(`Services.console.getMessageArray().map((m) => {
    const error = m instanceof Ci.nsIScriptError ? (m.flags & Ci.nsIScriptError.warningFlag) === 0 && (m.flags & Ci.nsIScriptError.infoFlag) === 0 : false;
    return { error, message: m.errorMessage ?? m.message, source: m instanceof Ci.nsIScriptError ? m.sourceName : '' };
  })`);
}

/** Console errors that come from the extension: its files, its pages, or its own messages. */
export async function extensionErrors(session: FirefoxSession): Promise<ConsoleEntry[]> {
  return (await consoleEntries(session)).filter(
    (entry) =>
      entry.error &&
      (entry.source.includes(EXTENSION_UUID) ||
        entry.message.includes('Record Access Aids') ||
        entry.message.includes(EXTENSION_UUID) ||
        entry.message.includes('Conduits')),
  );
}

/**
 * Starts recording, in Firefox's network layer, every HTTP(S) request and who asked for it: the
 * principal that triggered it (a page's origin, or moz-extension://<uuid> for the extension).
 */
export async function recordRequests(session: FirefoxSession): Promise<void> {
  await session.chrome(`(() => {
    if (window.rakRequests) return true;
    window.rakRequests = [];
    const observer = { observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIHttpChannel);
      const principal = channel.loadInfo?.triggeringPrincipal;
      window.rakRequests.push({ url: channel.URI.spec, by: principal?.isSystemPrincipal ? 'system' : (principal?.origin ?? principal?.URI?.spec ?? 'unknown') });
    } };
    Services.obs.addObserver(observer, 'http-on-modify-request');
    return true;
  })()`);
}

export function recordedRequests(session: FirefoxSession): Promise<{ url: string; by: string }[]> {
  return session.chrome(`window.rakRequests ?? []`);
}

/**
 * Fires one of the extension's keyboard commands through Firefox's own shortcut: the <key> element
 * Firefox made for the manifest's suggested key, in the browser window (Firefox's own keys have ids,
 * the ones it makes for extensions have none). (Keys sent by automation go to
 * the page and never reach browser shortcuts.)
 */
export async function fireCommand(session: FirefoxSession, key: string, modifiers: string): Promise<void> {
  const fired = await session.chrome<boolean>(`(() => {
    const keyElement = [...document.querySelectorAll('key')].find((k) => (k.getAttribute('key') ?? '').toUpperCase() === ${JSON.stringify(key.toUpperCase())}
      && (k.getAttribute('modifiers') ?? '').split(',').sort().join(',') === ${JSON.stringify(modifiers.split(',').sort().join(','))}
      && !k.id);
    if (!keyElement) return false;
    keyElement.doCommand();
    return true;
  })()`);
  if (!fired) throw new Error(`No extension shortcut ${modifiers}+${key} in Firefox's window`);
}

/** Firefox's own key bindings ("alt,shift+H") and its menu bar's access keys, from its window. */
export function browserShortcuts(session: FirefoxSession): Promise<{ keys: string[]; menuAccessKeys: string[] }> {
  return session.chrome(`({
    keys: [...document.querySelectorAll('key[id]')].map((k) => (k.getAttribute('modifiers') ?? '').split(/[ ,]+/).filter(Boolean).sort().join(',') + '+' + (k.getAttribute('key') ?? '').toUpperCase()),
    menuAccessKeys: [...document.querySelectorAll('#main-menubar > menu[accesskey]')].map((m) => m.getAttribute('accesskey').toUpperCase()),
  })`);
}
