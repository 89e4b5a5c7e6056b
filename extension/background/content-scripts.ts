import { browser } from '../browser-api.js';
import { FIRST_PAINT_THEMES, firstPaintFile } from '../content/first-paint.js';
import type { Settings } from '../settings/schema.js';
import { firstPaintRegistrations } from './first-paint-registrations.js';

const CONTENT_SCRIPT_ID = 'record-access-aids';
const CONTENT_SCRIPT_FILE = 'content.js';
const firstPaintId = (theme: string): string => `record-access-aids-first-paint-${theme}`;

/** Host patterns the user has granted, which are the only sites the content script may run on. */
async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => /^(https?|\*):\/\//.test(origin));
}

/**
 * Keeps the registered content scripts in step with the granted sites and the settings: the content
 * script runs at document_start on exactly the granted sites, and the first-paint stylesheets on the
 * sites whose settings ask for a high-contrast theme.
 */
export async function syncContentScripts(settings: Settings): Promise<void> {
  const granted = await grantedOrigins();
  const ids = [CONTENT_SCRIPT_ID, ...FIRST_PAINT_THEMES.map(firstPaintId)];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  if (granted.length === 0) return;
  const allowed = new Set<string>();
  for (const origin of Object.keys(settings.sites)) {
    if (await browser.permissions.contains({ origins: [`${origin}/*`] })) allowed.add(origin);
  }
  await browser.scripting.registerContentScripts([
    { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches: granted, runAt: 'document_start', persistAcrossSessions: true },
    ...firstPaintRegistrations(settings, granted, (origin) => allowed.has(origin)).map(({ theme, matches, excludeMatches }) => ({
      id: firstPaintId(theme),
      css: [firstPaintFile(theme)],
      matches,
      ...(excludeMatches.length > 0 ? { excludeMatches } : {}),
      runAt: 'document_start' as const,
      persistAcrossSessions: true,
    })),
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
