/// <reference types="chrome" />
/**
 * Loads the built Chrome extension into headless Chromium, for the end-to-end tests and the benchmark.
 *
 * The browser's "allow this site" prompt cannot be clicked by automation, so this loads a copy of
 * dist/extension/chrome whose manifest already holds host access to 127.0.0.1 (the demo server, and
 * the benchmark's pages), which is the state after a user has allowed that site. Unless asked not to,
 * the UI's shadow roots are open in the copy, for tests that look inside (open-ui-roots.ts). Everything
 * else is the build as shipped.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { withRealVoices } from '../../scripts/speech-env.mjs';
import { openAidUiRoots } from './open-ui-roots.js';

const BUILD = fileURLToPath(new URL('../../dist/extension/chrome', import.meta.url));

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
}

/**
 * A temporary copy of the Chrome build with 127.0.0.1 already allowed; the caller removes it. With
 * `openUiRoots` (the default) the UI's shadow roots are open, so tests can look inside (open-ui-roots.ts);
 * `false` is the build as shipped, closed.
 */
export function prepareBuildWithDemoAccess({ openUiRoots = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'rak-extension-'));
  cpSync(BUILD, dir, { recursive: true });
  if (openUiRoots) openAidUiRoots(dir);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/**
 * Launches Chromium with the extension in a persistent profile (kept in `profileDir`). With
 * `realVoices`, Chromium speaks through speech-dispatcher and espeak-ng (see scripts/speech-env.mjs).
 */
export async function launchWithExtension(profileDir: string, extensionDir: string, { realVoices = false } = {}): Promise<LoadedExtension> {
  const options = {
    headless: true,
    executablePath: findChromium(),
    args: [...chromiumArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  };
  const context = await chromium.launchPersistentContext(profileDir, realVoices ? withRealVoices(options) : options);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return { context, worker, id, url: (path) => `chrome-extension://${id}/${path}` };
}

/** The number of registered content scripts with the main id (the background registers it after install). */
export function registeredContentScripts(extension: LoadedExtension): Promise<number> {
  return extension.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts({ ids: ['record-access-aids'] })).length);
}
