/**
 * The settings schema: one definition of every setting, its default and its validation.
 * Stored data is untrusted (older versions, hand edits, corruption), so it is validated on every read
 * and anything invalid falls back to its default instead of breaking the extension.
 */

export interface Settings {
  /** The high-contrast colour theme: light text on black. */
  highContrast: boolean;
}

/** The shape kept in extension storage. `version` drives migrations. */
export interface StoredSettings {
  version: number;
  values: Settings;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highContrast: false,
});

/** One step of upgrade, from `from` to `from + 1`, working on plain (still untrusted) data. */
export interface Migration {
  from: number;
  migrate(values: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Ordered upgrades of stored values. Version 1 is the first released schema, so there are none yet;
 * a change to a setting's meaning or shape adds one here and bumps SETTINGS_VERSION.
 */
export const MIGRATIONS: readonly Migration[] = [];

export interface ParsedSettings {
  settings: Settings;
  /** What was wrong with the stored data, for a console message; empty when it was clean. */
  problems: string[];
}

const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  highContrast: (value): value is boolean => typeof value === 'boolean',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns whatever is in storage into valid settings: migrates older versions, keeps each valid value,
 * and replaces each missing or invalid one by its default.
 */
export function parseStoredSettings(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): ParsedSettings {
  const problems: string[] = [];
  if (raw === undefined) return { settings: { ...DEFAULT_SETTINGS }, problems };
  if (!isRecord(raw) || !isRecord(raw.values)) {
    problems.push('stored settings are not an object with "values"; using defaults');
    return { settings: { ...DEFAULT_SETTINGS }, problems };
  }
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  let values: Record<string, unknown> = { ...raw.values };
  if (version > SETTINGS_VERSION) {
    problems.push(`stored settings are version ${version}, newer than this extension's ${SETTINGS_VERSION}; keeping the values it understands`);
  }
  while (version < SETTINGS_VERSION) {
    const step = migrations.find((m) => m.from === version);
    if (step) {
      try {
        values = step.migrate(values);
      } catch (error) {
        problems.push(`migration from version ${version} failed (${String(error)}); using defaults`);
        return { settings: { ...DEFAULT_SETTINGS }, problems };
      }
    }
    version += 1;
  }
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(validators) as (keyof Settings)[]) {
    if (!(key in values)) continue;
    const value = values[key];
    if (validators[key](value)) settings[key] = value;
    else problems.push(`setting "${key}" has an invalid value (${JSON.stringify(value)}); using the default`);
  }
  return { settings, problems };
}

/** Validates a partial update (from a message or an import): only known keys with valid values. */
export function parseSettingsPatch(raw: unknown): Partial<Settings> | undefined {
  if (!isRecord(raw)) return undefined;
  const patch: Partial<Settings> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in validators)) return undefined;
    const validate = validators[key as keyof Settings];
    if (!validate(value)) return undefined;
    (patch as Record<string, unknown>)[key] = value;
  }
  return patch;
}

export function toStored(settings: Settings): StoredSettings {
  return { version: SETTINGS_VERSION, values: { ...settings } };
}
