import { browser } from '../browser-api.js';
import { siteAllowed } from '../site-pattern.js';
import { parseReadAloudOutcome, type ReadAloudCommand, type ReadAloudOutcome, type ReadAloudTabMessage } from '../messages.js';

/**
 * Passes a read-aloud request to a tab's content script, on a site the user has allowed only. The
 * content script answers whether it did it; no page text comes back.
 */
export async function readAloudInTab(tabId: number, command: ReadAloudCommand, focusBar: boolean): Promise<ReadAloudOutcome> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) return { ok: false, refusal: 'site-not-allowed' };
  if (!(await siteAllowed(new URL(tab.url).origin))) return { ok: false, refusal: 'site-not-allowed' };
  const message: ReadAloudTabMessage = { type: 'readAloud/tab', command, focusBar };
  try {
    return parseReadAloudOutcome(await browser.tabs.sendMessage(tabId, message));
  } catch {
    // No content script in the tab: it was open before the site was allowed, or the page is still loading.
    return { ok: false, refusal: 'not-running' };
  }
}
