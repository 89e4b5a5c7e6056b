import { browser } from '../browser-api.js';
import { FIRST_PAINT_TERMS_FILE, FIRST_PAINT_THEMES, firstPaintFile } from '../content/first-paint.js';
import { sitePattern, siteAllowed } from '../site-pattern.js';
import type { Settings } from '../settings/schema.js';
import { firstPaintRegistrations, termStyleRegistration } from './first-paint-registrations.js';
import { registrationSteps, type RegisteredScript, type Registration, type RegistrationStep } from './registration-plan.js';

export const CONTENT_SCRIPT_ID = 'record-access-aids';
const CONTENT_SCRIPT_FILE = 'content.js';
const firstPaintId = (theme: string): string => `record-access-aids-first-paint-${theme}`;
const TERM_STYLE_ID = 'record-access-aids-first-paint-explain-terms';
const OUR_IDS = [CONTENT_SCRIPT_ID, ...FIRST_PAINT_THEMES.map(firstPaintId), TERM_STYLE_ID];

/** Host patterns the user has granted, which are the only sites the content script may run on. */
async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => /^(https?|\*):\/\//.test(origin));
}

/** The scripts the settings and granted sites call for. */
export async function wantedRegistrations(settings: Settings): Promise<Registration[]> {
  const granted = await grantedOrigins();
  if (granted.length === 0) return [];
  const allowed = new Map<string, string>();
  for (const origin of Object.keys(settings.sites)) {
    const pattern = sitePattern(origin);
    if (pattern !== undefined && (await siteAllowed(origin))) allowed.set(origin, pattern);
  }
  const termStyle = termStyleRegistration(settings, granted, (origin) => allowed.get(origin));
  return [
    { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches: granted, runAt: 'document_start', persistAcrossSessions: true },
    ...firstPaintRegistrations(settings, granted, (origin) => allowed.get(origin)).map(({ theme, matches, excludeMatches }): Registration => ({
      id: firstPaintId(theme),
      css: [firstPaintFile(theme)],
      matches,
      excludeMatches,
      runAt: 'document_start',
      persistAcrossSessions: true,
    })),
    ...(termStyle
      ? [{ id: TERM_STYLE_ID, css: [FIRST_PAINT_TERMS_FILE], ...termStyle, runAt: 'document_start', persistAcrossSessions: true } satisfies Registration]
      : []),
  ];
}

/** The fields of a registered script that registrationSteps compares. */
function registeredFields(script: {
  id: string;
  js?: string[];
  css?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: string;
}): RegisteredScript {
  return { id: script.id, js: script.js, css: script.css, matches: script.matches, excludeMatches: script.excludeMatches, runAt: script.runAt };
}

async function runStep(step: RegistrationStep): Promise<void> {
  if (step.kind === 'register') await browser.scripting.registerContentScripts(step.scripts);
  else if (step.kind === 'update') await browser.scripting.updateContentScripts(step.scripts);
  else await browser.scripting.unregisterContentScripts({ ids: step.ids });
}

/**
 * Keeps the registered content scripts in step with the granted sites and the settings: the content
 * script runs at document_start on exactly the granted sites, and the first-paint stylesheets on the
 * sites whose settings ask for a high-contrast theme or explain terms. Only what differs is changed, new before old
 * goes, so a page loading meanwhile always finds the content script; run twice, it does nothing more.
 */
export async function syncContentScripts(settings: Settings): Promise<void> {
  const wanted = await wantedRegistrations(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: OUR_IDS });
  for (const step of registrationSteps(existing.map(registeredFields), wanted)) await runStep(step);
}

/** Starts the content script in an already-open tab, if the user has allowed its site. */
export async function activateInTab(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) return false;
  if (!(await siteAllowed(new URL(tab.url).origin))) return false;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  return true;
}

/**
 * Starts the content script in the open tabs of sites just allowed. The popup asks for this too, but
 * Firefox may close the popup while its permission prompt is showing, so the popup cannot be relied on.
 */
export async function activateInGrantedTabs(patterns: readonly string[]): Promise<void> {
  const webPatterns = patterns.filter((pattern) => /^(https?|\*):\/\//.test(pattern));
  if (webPatterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: [...webPatterns] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : activateInTab(tab.id).catch(() => false))));
}
