/// <reference types="chrome" />
import type { LoadedExtension } from './extension.js';

/**
 * Sends the content script of the tab at `url` the read-aloud command from the background, exactly as the
 * background passes on the popup's Read page and Stop buttons (no popup page is opened, so the page stays the
 * visible tab). Resolves with the content script's answer.
 */
export function sendReadAloud(extension: LoadedExtension, url: string, command: 'read-main' | 'stop' = 'read-main'): Promise<unknown> {
  return extension.worker.evaluate(
    async ({ pageUrl, command }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      if (tab?.id === undefined) throw new Error(`no tab at ${pageUrl}`);
      return chrome.tabs.sendMessage(tab.id, { type: 'readAloud/tab', command, focusBar: false });
    },
    { pageUrl: url, command },
  );
}
