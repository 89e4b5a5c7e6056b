/// <reference types="chrome" />
/**
 * A Playwright fixture around test/support/extension-launch.ts: each test gets the built Chrome
 * extension in a fresh persistent profile, with the demo site already allowed.
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

export const test = base.extend<{ extension: LoadedExtension; profileDir: string; realVoices: boolean }, { extensionDir: string; openUiRoots: boolean }>({
  /** Whether the copy of the build has its UI's shadow roots open for the test to look inside (test/support/open-ui-roots.ts). */
  openUiRoots: [true, { option: true, scope: 'worker' }],
  /** Set with test.use({ realVoices: true }) for Chromium with espeak-ng voices. */
  realVoices: [false, { option: true }],
  // One copy of the build (14 MB with the reader) per worker, not per test: tests never write to it, and
  // each test still gets a fresh profile. (The browser itself cannot be shared across the fixture tests that
  // switch aids many times: storage.sync allows 120 writes a minute per profile.)
  extensionDir: [
    async ({ openUiRoots }, use) => {
      const dir = prepareBuildWithDemoAccess({ openUiRoots });
      await use(dir);
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
  extension: async ({ extensionDir, profileDir, realVoices }, use) => {
    const extension = await launchWithExtension(profileDir, extensionDir, { realVoices });
    await waitForContentScript(extension);
    await use(extension);
    await extension.context.close();
  },
});

export const expect = test.expect;
