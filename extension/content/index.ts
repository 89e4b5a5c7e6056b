/**
 * Content script: runs only on sites the user has allowed, applies the aids their settings ask for,
 * and follows setting changes live. It reads storage but never sends page content anywhere.
 */
import { loadSettings, onSettingsChanged } from '../settings/storage.js';
import { AidRunner } from './aid-runner.js';
import { AIDS } from './aids/index.js';

declare global {
  interface Window {
    /** Set in the content script's isolated world, so a second injection into the same page does nothing. */
    recordAccessAidsStarted?: boolean;
  }
}

async function start(): Promise<void> {
  const runner = new AidRunner(AIDS);
  const lifetime = new AbortController();
  onSettingsChanged((settings) => runner.apply(settings), lifetime.signal);
  runner.apply(await loadSettings());
}

if (!window.recordAccessAidsStarted) {
  window.recordAccessAidsStarted = true;
  start().catch((error: unknown) => console.error('Record Access Aids: could not start on this page.', error));
}
