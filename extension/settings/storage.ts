import { browser } from '../browser-api.js';
import { parseStoredSettings, toStored, type Settings } from './schema.js';

/** The storage key under which all settings live. */
export const SETTINGS_KEY = 'settings';

/** Reads settings, validating them; problems with stored data are reported, never thrown. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, problems } = parseStoredSettings(stored[SETTINGS_KEY]);
  for (const problem of problems) console.warn(`Record Access Aids: ${problem}.`);
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: toStored(settings) });
}

/** Calls `listener` with validated settings whenever they change in storage, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    listener(parseStoredSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(handle);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), { once: true });
}
