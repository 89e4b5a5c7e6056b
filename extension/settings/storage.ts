import { browser } from '../browser-api.js';
import { parseStoredSettings, toStored, type ParsedSettings, type Settings } from './schema.js';
import { settingsProblemText } from './problem-text.js';

/** The storage key under which all settings live, in whichever area holds them. */
export const SETTINGS_KEY = 'settings';
/**
 * Set in storage.local when settings could not be saved to storage.sync (quota reached, sync
 * unavailable or switched off by policy): from then on storage.local holds the real settings.
 */
export const LOCAL_FALLBACK_KEY = 'settingsKeptLocally';

type Area = 'sync' | 'local';

/** storage.sync where the browser has it (Firefox without an account still keeps it locally). */
function hasSync(): boolean {
  try {
    return typeof browser.storage.sync?.get === 'function';
  } catch {
    return false;
  }
}

/**
 * Reads the raw stored settings, with both areas read at once (the content script is waiting to paint).
 * Version 1 lived in storage.local; when sync holds nothing yet the local copy is read, so an upgrade
 * keeps what the user had.
 */
async function readRaw(): Promise<unknown> {
  const syncRead: Promise<Record<string, unknown>> = hasSync()
    ? browser.storage.sync.get(SETTINGS_KEY).catch((error: unknown) => {
        console.warn('Record Access Aids: could not read synced settings; using this browser’s copy.', error);
        return {};
      })
    : Promise.resolve({});
  const [local, synced] = await Promise.all([browser.storage.local.get([SETTINGS_KEY, LOCAL_FALLBACK_KEY]), syncRead]);
  if (local[LOCAL_FALLBACK_KEY] !== true && synced[SETTINGS_KEY] !== undefined) return synced[SETTINGS_KEY];
  return local[SETTINGS_KEY];
}

/** Reads and validates settings; problems with stored data are reported and repaired in memory, never thrown. */
export async function loadParsedSettings(): Promise<ParsedSettings> {
  const parsed = parseStoredSettings(await readRaw());
  for (const problem of parsed.problems) console.warn(`Record Access Aids: ${settingsProblemText(problem)}.`);
  return parsed;
}

export async function loadSettings(): Promise<Settings> {
  return (await loadParsedSettings()).settings;
}

/** True when an earlier save could not use storage.sync, so this browser holds the only copy. */
export async function settingsKeptLocally(): Promise<boolean> {
  return (await browser.storage.local.get(LOCAL_FALLBACK_KEY))[LOCAL_FALLBACK_KEY] === true;
}

export interface SaveOutcome {
  area: Area;
  /** Why storage.sync was not used, when it was wanted but failed. */
  syncProblem?: string;
}

/**
 * Saves to storage.sync; if that fails (e.g. QUOTA_BYTES_PER_ITEM), saves to storage.local instead
 * and remembers that, so settings are never lost to a quota.
 */
export async function saveSettings(settings: Settings): Promise<SaveOutcome> {
  const stored = toStored(settings);
  if (hasSync()) {
    try {
      await browser.storage.sync.set({ [SETTINGS_KEY]: stored });
      await browser.storage.local.remove([LOCAL_FALLBACK_KEY, SETTINGS_KEY]);
      return { area: 'sync' };
    } catch (error) {
      const syncProblem = error instanceof Error ? error.message : String(error);
      console.warn(`Record Access Aids: settings could not be synced (${syncProblem}); they are kept in this browser only.`);
      await browser.storage.local.set({ [SETTINGS_KEY]: stored, [LOCAL_FALLBACK_KEY]: true });
      return { area: 'local', syncProblem };
    }
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: stored });
  return { area: 'local' };
}

/** Calls `listener` with validated settings whenever they change in either area, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const handle = (changes: Record<string, unknown>, area: string): void => {
    if ((area !== 'local' && area !== 'sync') || !(SETTINGS_KEY in changes || LOCAL_FALLBACK_KEY in changes)) return;
    // Re-read rather than trust the change record: the area that holds the settings may have switched.
    loadSettings()
      .then((settings) => {
        if (!signal.aborted) listener(settings);
      })
      .catch((error: unknown) => console.error('Record Access Aids: could not read changed settings.', error));
  };
  browser.storage.onChanged.addListener(handle);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), { once: true });
}
