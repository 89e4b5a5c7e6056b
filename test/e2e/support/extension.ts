/// <reference types="chrome" />
/**
 * A Playwright fixture that loads the built Chrome extension into headless Chromium.
 *
 * The browser's "allow this site" prompt cannot be clicked by automation, so the fixture loads a copy
 * of dist/extension/chrome whose manifest already holds host access to the demo server, which is the
 * state after a user has allowed that site. Everything else is the build as shipped.
 */
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../../../scripts/find-chromium.mjs';

const BUILD = fileURLToPath(new URL('../../../dist/extension/chrome', import.meta.url));

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
}

function prepareBuildWithDemoAccess(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rak-extension-'));
  cpSync(BUILD, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Launches Chromium with the extension in a persistent profile (kept in `profileDir` when given). */
export async function launchWithExtension(profileDir: string, extensionDir: string): Promise<LoadedExtension> {
  const context = await chromium.launchPersistentContext(profileDir, {
    headless: true,
    executablePath: findChromium(),
    args: [...chromiumArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return { context, worker, id, url: (path) => `chrome-extension://${id}/${path}` };
}

/** Waits until the background has registered the content script (its onInstalled work runs after the worker appears). */
export async function waitForContentScript(extension: LoadedExtension): Promise<void> {
  await base.expect
    .poll(() => extension.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts({ ids: ['record-access-aids'] })).length), {
      message: 'content script registered for the allowed demo site',
    })
    .toBe(1);
}

export const test = base.extend<{ extension: LoadedExtension; extensionDir: string; profileDir: string }>({
  // eslint-disable-next-line no-empty-pattern
  extensionDir: async ({}, use) => {
    const dir = prepareBuildWithDemoAccess();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'rak-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  extension: async ({ extensionDir, profileDir }, use) => {
    const extension = await launchWithExtension(profileDir, extensionDir);
    await waitForContentScript(extension);
    await use(extension);
    await extension.context.close();
  },
});

export const expect = test.expect;
