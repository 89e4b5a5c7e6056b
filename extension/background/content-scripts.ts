import { browser } from '../browser-api.js';

const CONTENT_SCRIPT_ID = 'record-access-aids';
const CONTENT_SCRIPT_FILE = 'content.js';

/** Host patterns the user has granted, which are the only sites the content script may run on. */
async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => /^(https?|\*):\/\//.test(origin));
}

/**
 * Keeps one registered content script whose matches are exactly the granted sites, so the aids apply
 * at document_start (before first paint) on every page of those sites and nowhere else.
 */
export async function syncContentScripts(): Promise<void> {
  const matches = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, runAt: 'document_start', persistAcrossSessions: true },
  ]);
}

/** Starts the content script in an already-open tab, if the user has allowed its site. */
export async function activateInTab(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) return false;
  const allowed = await browser.permissions.contains({ origins: [`${new URL(tab.url).origin}/*`] });
  if (!allowed) return false;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  return true;
}
