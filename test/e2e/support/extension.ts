/// <reference types="chrome" />
/**
 * A Playwright fixture around test/support/extension-launch.ts: each test gets the built Chrome
 * extension with the demo site already allowed, in a fresh persistent profile, or, in files that ask for
 * it, in one browser per worker put back to its state after install between tests.
 */
import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, prepareBuildWithDemoAccess, registeredContentScripts, type LoadedExtension } from '../../support/extension-launch.js';

export { launchWithExtension, type LoadedExtension };

/** Waits until the background has registered the content script (its onInstalled work runs after the worker appears). */
export async function waitForContentScript(extension: LoadedExtension): Promise<void> {
  await base.expect
    .poll(() => registeredContentScripts(extension), {
      message: 'content script registered for the allowed demo site',
    })
    .toBe(1);
}

/** What a test can change in the extension that the next test in the same browser would see. */
export interface ExtensionState {
  storage: { local: Record<string, unknown>; sync: Record<string, unknown>; session: Record<string, unknown> };
  contentScripts: string[];
  origins: string[];
}

export function extensionState(extension: LoadedExtension): Promise<ExtensionState> {
  return extension.worker.evaluate(async () => ({
    storage: {
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    },
    contentScripts: (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id).sort(),
    origins: ((await chrome.permissions.getAll()).origins ?? []).sort(),
  }));
}

/** A browser with the extension shared by the tests of a worker, and its state just after install. */
export interface SharedExtension {
  extension: LoadedExtension;
  fresh: ExtensionState;
}

/**
 * Puts a shared browser back as it was after install: every page closed, the tests' routes, listeners,
 * cookies and permissions gone, the extension's storage as it was (the background follows storage, so its
 * registrations follow too). Fails when something else stays changed (a test that changes what this cannot
 * put back needs a browser of its own).
 */
export async function resetToFresh({ extension, fresh }: SharedExtension, timeout = 5_000): Promise<void> {
  const { context } = extension;
  await Promise.all(context.pages().map((page) => page.close()));
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  for (const event of ['page', 'request', 'response', 'requestfailed', 'requestfinished', 'console', 'weberror'] as const) context.removeAllListeners(event);
  await context.clearCookies();
  await context.clearPermissions();
  await extension.worker.evaluate(async (storage) => {
    const areas = ['local', 'sync', 'session'] as const;
    await Promise.all(areas.map((area) => chrome.storage[area].clear()));
    await Promise.all(areas.filter((area) => Object.keys(storage[area]).length > 0).map((area) => chrome.storage[area].set(storage[area])));
  }, fresh.storage);
  await base.expect.poll(() => extensionState(extension), { message: 'the shared browser is back to its state after install', timeout }).toEqual(fresh);
}

export const test = base.extend<
  { extension: LoadedExtension; profileDir: string },
  { extensionDir: string; openUiRoots: boolean; realVoices: boolean; shareExtensionBrowser: boolean; sharedExtension: SharedExtension | undefined }
>({
  /** Whether the copy of the build has its UI's shadow roots open for the test to look inside (test/support/open-ui-roots.ts). */
  openUiRoots: [true, { option: true, scope: 'worker' }],
  /**
   * Set with test.use({ realVoices: true }) for Chromium with espeak-ng voices. Shared like any other browser
   * when the file asks: its speech-dispatcher then starts and lists its voices once per worker, not per test.
   */
  realVoices: [false, { option: true, scope: 'worker' }],
  /**
   * Set with test.use({ shareExtensionBrowser: true }) in files whose tests change only what resetToFresh
   * puts back: their tests share one browser per worker, which saves a browser start and close (about 2 CPU-seconds)
   * per test. Not for tests that switch aids many times: storage.sync allows 120 writes a minute per profile.
   */
  shareExtensionBrowser: [false, { option: true, scope: 'worker' }],
  // One copy of the build (14 MB with the reader) per worker, not per test: tests never write to it.
  extensionDir: [
    async ({ openUiRoots }, use) => {
      const dir = prepareBuildWithDemoAccess({ openUiRoots });
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  sharedExtension: [
    async ({ extensionDir, realVoices, shareExtensionBrowser }, use) => {
      if (!shareExtensionBrowser) return use(undefined);
      const dir = mkdtempSync(join(tmpdir(), 'rak-profile-'));
      const extension = await launchWithExtension(dir, extensionDir, { realVoices });
      await waitForContentScript(extension);
      await use({ extension, fresh: await extensionState(extension) });
      await extension.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'rak-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  extension: async ({ extensionDir, profileDir, realVoices, sharedExtension }, use) => {
    if (sharedExtension) {
      await use(sharedExtension.extension);
      await resetToFresh(sharedExtension);
      return;
    }
    const extension = await launchWithExtension(profileDir, extensionDir, { realVoices });
    await waitForContentScript(extension);
    await use(extension);
    await extension.context.close();
  },
});

export const expect = test.expect;
