/**
 * Background (Chrome service worker, Firefox event page): the single writer of settings, the handler
 * of keyboard commands, and the only context that registers or injects content scripts.
 */
import { browser } from '../browser-api.js';
import { backgroundMessageListener, backgroundPortListener } from '../message-gate.js';
import { type Request, type ResponseTo, type SettingsResult } from '../messages.js';
import { toggleHighContrast, toggleSiteEnabled, updateAids, updateSite } from '../settings/changes.js';
import { parseStoredSettings, type Settings } from '../settings/schema.js';
import { loadParsedSettings, loadSettings, saveSettings, SETTINGS_KEY, settingsKeptLocally } from '../settings/storage.js';
import { handleCommand } from './commands.js';
import { activateInGrantedTabs, activateInTab, syncContentScripts } from './content-scripts.js';
import { readAloudInTab } from './read-aloud.js';
import { installReaderMenu } from './reader-menu.js';
import { readFontFiles } from './font-files.js';

// Changes are applied one after another so two quick changes cannot overwrite each other.
let settingsQueue: Promise<unknown> = Promise.resolve();
function changeSettings(change: (settings: Settings) => Settings): Promise<SettingsResult> {
  const next = settingsQueue.then(async () => {
    const settings = change(await loadSettings());
    const { syncProblem } = await saveSettings(settings);
    return syncProblem === undefined ? { settings } : { settings, syncProblem };
  });
  settingsQueue = next.catch(() => undefined);
  return next;
}

async function handle<R extends Request>(request: R): Promise<ResponseTo<R>>;
async function handle(request: Request): Promise<ResponseTo<Request>> {
  switch (request.type) {
    case 'settings/get': {
      const { settings, problems } = await loadParsedSettings();
      const result: SettingsResult = { settings };
      if (problems.length > 0) result.repaired = true;
      if (await settingsKeptLocally()) result.syncProblem = 'settings are kept in this browser only';
      return result;
    }
    case 'settings/update':
      return changeSettings((settings) => updateAids(settings, request.scope, request.patch));
    case 'site/update':
      return changeSettings((settings) => updateSite(settings, request.origin, request));
    case 'settings/import': {
      const imported = parseStoredSettings(request.stored).settings;
      return changeSettings(() => imported);
    }
    case 'site/activate':
      return { activated: await activateInTab(request.tabId) };
    case 'readAloud/run':
      return readAloudInTab(request.tabId, request.command, false);
    case 'fonts/get':
      return readFontFiles(request.font);
  }
}

// Only our own extension pages (popup, options) may ask for anything; content scripts live in untrusted pages.
const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
browser.runtime.onMessage.addListener(backgroundMessageListener(self, handle));
// Our pages send their requests over a port (extension/ui/settings-client.ts); the same gate applies.
browser.runtime.onConnect.addListener(backgroundPortListener(self, handle));

// "Open in the reader" on links (the document reader page, extension/reader).
installReaderMenu();

browser.commands.onCommand.addListener((command: string, tab?: { id?: number; url?: string }) => {
  handleCommand(command, tab?.url, {
    toggleSite: (origin) => changeSettings((settings) => toggleSiteEnabled(settings, origin)),
    toggleHighContrast: (origin) => changeSettings((settings) => toggleHighContrast(settings, origin)),
    // From the keyboard, the control bar takes focus so its keys (and Esc to stop) are at hand.
    readAloud: async (readAloud) => (tab?.id === undefined ? undefined : readAloudInTab(tab.id, readAloud, true)),
  }).catch((error: unknown) => console.error(`Record Access Aids: the "${command}" shortcut failed.`, error));
});

// Registrations follow both permissions and settings (the first-paint stylesheets depend on the theme).
// Syncs run one at a time, each reading the settings afresh and changing only what differs; a burst of
// changes (quick clicks in the popup, each saved and each arriving through storage.onChanged) collapses
// into at most one more sync after the one running, so the last settings always win.
// Every settings save (ours included) arrives through storage.onChanged below.
let syncRunning = false;
let syncAgain = false;
function resync(): void {
  syncAgain = true;
  if (syncRunning) return;
  syncRunning = true;
  void (async () => {
    // The loop's last check and the flag's reset happen in one step, so no request falls between them.
    while (syncAgain) {
      syncAgain = false;
      try {
        await syncContentScripts(await loadSettings());
      } catch (error: unknown) {
        console.error('Record Access Aids: could not register content scripts.', error);
      }
    }
    syncRunning = false;
  })();
}
browser.runtime.onInstalled.addListener(() => resync());
browser.runtime.onStartup.addListener(() => resync());
browser.permissions.onAdded.addListener(({ origins = [] }) => {
  resync();
  activateInGrantedTabs(origins).catch((error: unknown) =>
    console.error('Record Access Aids: could not start in the open tabs of a site just allowed.', error),
  );
});
browser.permissions.onRemoved.addListener(() => resync());
// Settings written by another copy of the extension (storage.sync from another computer) or by hand.
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'sync' || area === 'local') && SETTINGS_KEY in changes) resync();
});
