/**
 * Content script: runs only on sites the user has allowed, applies the aids their settings ask for
 * on this site (global aids merged with the site's own), and follows setting changes live.
 * It reads storage but never sends page content anywhere.
 */
import { portalFor } from '../portals/profiles.js';
import { effectiveAids } from '../settings/schema.js';
import { loadSettings, onSettingsChanged } from '../settings/storage.js';
import { AidRunner } from './aid-runner.js';
import { aidsFor } from './aids/index.js';
import { retireFirstPaintStyle } from './first-paint.js';

declare global {
  interface Window {
    /** Set in the content script's isolated world, so a second injection into the same page does nothing. */
    recordAccessAidsStarted?: boolean;
  }
}

async function start(): Promise<void> {
  const origin = location.origin;
  const runner = new AidRunner(aidsFor(portalFor(origin)));
  const lifetime = new AbortController();
  onSettingsChanged((settings) => runner.apply(effectiveAids(settings, origin)), lifetime.signal);
  runner.apply(effectiveAids(await loadSettings(), origin));
  // The live stylesheets are in place in the same task, so retiring the static one causes no flash.
  retireFirstPaintStyle();
}

if (!window.recordAccessAidsStarted) {
  window.recordAccessAidsStarted = true;
  start().catch((error: unknown) => console.error('Record Access Aids: could not start on this page.', error));
}
