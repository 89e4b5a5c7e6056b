/**
 * Content script: runs only on sites the user has allowed, applies the aids their settings ask for
 * on this site (global aids merged with the site's own), and follows setting changes live.
 * It reads storage but never sends page content anywhere.
 */
import { browser } from '../browser-api.js';
import { tabMessageListener } from '../message-gate.js';
import { DEFAULT_MAIN_CONTENT, portalFor } from '../portals/profiles.js';
import { effectiveAids, type Aids } from '../settings/schema.js';
import { loadSettings, onSettingsChanged } from '../settings/storage.js';
import { t } from '../ui/i18n.js';
import { AidRunner } from './aid-runner.js';
import { aidsFor } from './aids/index.js';
import { isWebPage, watchForReplacedDocument } from './document-kind.js';
import { expectFirstPaintTheme } from './first-paint-sheet.js';
import { PageReader } from './read-aloud/page-reader.js';

declare global {
  interface Window {
    /** Set in the content script's isolated world, so a second injection into the same page does nothing. */
    recordAccessAidsStarted?: boolean;
  }
}

async function start(): Promise<void> {
  const origin = location.origin;
  const portal = portalFor(origin);
  const runner = new AidRunner(aidsFor(portal));
  const lifetime = new AbortController();
  let current: Aids | undefined;
  const reader = new PageReader({ mainContentSelectors: [portal?.mainContent ?? DEFAULT_MAIN_CONTENT], aids: () => current, strings: t });
  const apply = (aids: Aids | undefined): void => {
    current = aids;
    runner.apply(aids);
    // Aids switched off on this site stop reading too.
    if (!aids) reader.end();
  };
  // Read-aloud requests come only from the background (sent for the popup or a shortcut): never from the page.
  browser.runtime.onMessage.addListener(tabMessageListener({ id: browser.runtime.id }, (message) => reader.run(message.command, message.focusBar)));
  onSettingsChanged((settings) => apply(effectiveAids(settings, origin)), lifetime.signal);
  // document.open() after load removes everything the aids added: start them again on the new document.
  watchForReplacedDocument(
    document,
    () => {
      reader.end();
      runner.stopAll();
      runner.apply(current);
    },
    lifetime.signal,
  );
  const first = effectiveAids(await loadSettings(), origin);
  // The background registered any first-paint stylesheet from these same settings.
  expectFirstPaintTheme(first?.colourTheme ?? 'none');
  apply(first);
}

if (!window.recordAccessAidsStarted) {
  window.recordAccessAidsStarted = true;
  if (isWebPage(document)) start().catch((error: unknown) => console.error('Record Access Aids: could not start on this page.', error));
  // An XML file or SVG picture: nothing is added; read-aloud says why, so the popup can tell the person.
  else browser.runtime.onMessage.addListener(tabMessageListener({ id: browser.runtime.id }, () => ({ ok: false, refusal: 'not-a-web-page' })));
}
