/**
 * The settings file users save and load: JSON with a format marker, the schema version and the values,
 * so an older file is migrated like older stored settings. Loading validates everything and reports
 * every problem; a file with any problem changes nothing.
 */
import { SETTINGS_VERSION, parseStoredSettings, toStored, validVersion, type Settings, type SettingsProblem, type StoredSettings } from '../settings/schema.js';
import type { MessageKey } from './i18n.js';
import { isPlainObject } from '../../shared/data/plain-object.js';

export const SETTINGS_FILE_FORMAT = 'record-access-aids-settings';
/** Far above any real settings file; stops a wrongly chosen large file from being parsed at all. */
export const MAX_SETTINGS_FILE_BYTES = 512 * 1024;

export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...toStored(settings) }, null, 2)}\n`;
}

export type SettingsFileResult =
  { ok: true; stored: StoredSettings | { version: number; values: unknown } } | { ok: false; error: MessageKey; problems: SettingsProblem[] };

export function readSettingsFile(text: string): SettingsFileResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: 'importTooBig', problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'importNotJson', problems: [] };
  }
  if (!isPlainObject(raw)) return { ok: false, error: 'importWrongFile', problems: [] };
  const file = raw;
  if (file.format !== SETTINGS_FILE_FORMAT || typeof file.version !== 'number') return { ok: false, error: 'importWrongFile', problems: [] };
  // A file that does not say which version it is cannot be migrated safely: refuse it, keep today's settings.
  const version = validVersion(file.version);
  if (version === null || version > SETTINGS_VERSION) return { ok: false, error: 'importBadVersion', problems: [] };
  const stored = { version, values: file.values };
  const { problems } = parseStoredSettings(stored);
  return problems.length > 0 ? { ok: false, error: 'importWrongFile', problems } : { ok: true, stored };
}
