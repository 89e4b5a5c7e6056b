/**
 * The settings schema: one definition of every setting, its default and its validation.
 * Stored data is untrusted (older versions, hand edits, corruption, imported files), so it is
 * validated on every read and anything invalid falls back to its default instead of breaking the extension.
 *
 * Shape: global aids, plus per-site overrides keyed by origin. A site override holds only the aids
 * that differ from the global ones (storage.sync allows 8 KB per item), and whether aids are on there.
 */

import { SETTINGS, type Aids, type SettingKey } from '../aid-catalogue.js';
import { isPlainObject as isRecord } from '../../shared/data/plain-object.js';

// The settings' types and choices are declared with their aids in aid-catalogue.ts; re-exported for their users.
export {
  COLOUR_THEMES,
  READABLE_FONTS,
  READING_RATES,
  TEXT_SIZES,
  TEXT_SPACINGS,
  type Aids,
  type ColourTheme,
  type ReadableFont,
  type ReadingRate,
  type TextSize,
  type TextSpacing,
} from '../aid-catalogue.js';

export interface SiteSettings {
  /** False when the user has switched aids off on this site (the site stays allowed). */
  enabled: boolean;
  /** Aids that differ from the global ones on this site; absent when the site follows the global aids. */
  aids?: Partial<Aids>;
}

export interface Settings {
  global: Aids;
  /** Keyed by origin, e.g. "https://www.example.org". */
  sites: Record<string, SiteSettings>;
}

/** The shape kept in extension storage. `version` drives migrations. */
export interface StoredSettings {
  version: number;
  values: Settings;
}

export const SETTINGS_VERSION = 2;

export const AID_KEYS = Object.keys(SETTINGS) as SettingKey[];

export const DEFAULT_AIDS: Readonly<Aids> = Object.freeze(Object.fromEntries(AID_KEYS.map((key) => [key, SETTINGS[key].default])) as Aids);

export function defaultSettings(): Settings {
  return { global: { ...DEFAULT_AIDS }, sites: {} };
}

/** One step of upgrade, from `from` to `from + 1`, working on plain (still untrusted) data. */
export interface Migration {
  from: number;
  migrate(values: Record<string, unknown>): Record<string, unknown>;
}

/** Ordered upgrades of stored values. A change to a setting's meaning or shape adds one and bumps SETTINGS_VERSION. */
export const MIGRATIONS: readonly Migration[] = [
  {
    // v1 had one global boolean; v2 has a colour-theme choice and per-site overrides.
    from: 1,
    migrate: (values) => ({ global: { colourTheme: values.highContrast === true ? 'dark' : 'none' }, sites: {} }),
  },
];

/**
 * What was wrong with stored or imported data, as a code with its data; each is put into words through
 * messages.json (extension/ui/settings-problems.ts), so the options page shows it in the person's language.
 * `value`, `found` and `reason` are short, safe descriptions of the untrusted data, not words for people.
 */
export type SettingsProblem =
  | { code: 'not-settings' }
  | { code: 'no-valid-version'; found: string }
  | { code: 'newer-version'; found: number }
  | { code: 'migration-failed'; from: number; reason: string }
  | { code: 'global-not-object' }
  /** `site` is absent for a global setting. */
  | { code: 'invalid-value'; site?: string; setting: SettingKey; value: string }
  | { code: 'sites-not-object' }
  | { code: 'not-a-site'; site: string }
  | { code: 'site-not-object'; site: string }
  | { code: 'site-enabled-invalid'; site: string }
  | { code: 'site-aids-not-object'; site: string };

export interface ParsedSettings {
  settings: Settings;
  /** What was wrong with the stored data, for a console message or an import error summary; empty when clean. */
  problems: SettingsProblem[];
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const validators = Object.fromEntries(AID_KEYS.map((key) => [key, SETTINGS[key].valid])) as { [K in SettingKey]: (value: unknown) => value is Aids[K] };

/**
 * A short, safe description of an untrusted value for a problem message. JSON.stringify can throw
 * (cycles, BigInt, very deep nesting) or copy a huge string; this never throws and stays short.
 */
function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'object' && value !== null ? (Array.isArray(value) ? '[…]' : '{…}') : String(JSON.stringify(value) ?? typeof value);
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The origin form we key sites by: http(s) scheme, host and optional port, nothing else. */
export function isSiteOrigin(value: string): boolean {
  // A host name is at most 253 characters; anything far longer is junk (or an attempt to fill storage).
  if (value.length > 300 || !/^https?:\/\/[^/?#\s]+$/.test(value)) return false;
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** Keeps the valid aid values of `raw`, noting each invalid one. */
function parseAids(raw: Record<string, unknown>, site: string | undefined, problems: SettingsProblem[]): Partial<Aids> {
  const aids: Partial<Aids> = {};
  for (const key of AID_KEYS) {
    if (!(key in raw)) continue;
    const value = raw[key];
    if (validators[key](value)) (aids as Record<string, unknown>)[key] = value;
    else
      problems.push(
        site === undefined
          ? { code: 'invalid-value', setting: key, value: describeValue(value) }
          : { code: 'invalid-value', site, setting: key, value: describeValue(value) },
      );
  }
  return aids;
}

function parseSites(raw: unknown, problems: SettingsProblem[]): Record<string, SiteSettings> {
  const sites: Record<string, SiteSettings> = {};
  if (raw === undefined) return sites;
  if (!isRecord(raw)) {
    problems.push({ code: 'sites-not-object' });
    return sites;
  }
  for (const [origin, entry] of Object.entries(raw)) {
    if (!isSiteOrigin(origin)) {
      problems.push({ code: 'not-a-site', site: origin.slice(0, 80) });
      continue;
    }
    if (!isRecord(entry)) {
      problems.push({ code: 'site-not-object', site: origin });
      continue;
    }
    const site: SiteSettings = { enabled: true };
    if ('enabled' in entry) {
      if (isBoolean(entry.enabled)) site.enabled = entry.enabled;
      else problems.push({ code: 'site-enabled-invalid', site: origin });
    }
    if ('aids' in entry) {
      if (isRecord(entry.aids)) site.aids = parseAids(entry.aids, origin, problems);
      else problems.push({ code: 'site-aids-not-object', site: origin });
    }
    sites[origin] = site;
  }
  return sites;
}

/** A stored version that migrations can start from: a whole number from 1 up (safe to count with), or null. */
export function validVersion(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 1 ? raw : null;
}

function describeVersion(raw: unknown): string {
  if (raw === undefined) return '—';
  return typeof raw === 'number' ? String(raw) : describeValue(raw);
}

/**
 * Turns whatever is in storage into valid settings: migrates older versions, keeps each valid value,
 * and replaces each missing or invalid one by its default.
 */
export function parseStoredSettings(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): ParsedSettings {
  const problems: SettingsProblem[] = [];
  if (raw === undefined) return { settings: defaultSettings(), problems };
  if (!isRecord(raw) || !isRecord(raw.values)) {
    problems.push({ code: 'not-settings' });
    return { settings: defaultSettings(), problems };
  }
  const version = validVersion(raw.version);
  let values: Record<string, unknown> = { ...raw.values };
  if (version === null) {
    // Not a version this code can count from (missing, a fraction, below 1, or too large to add 1 to, such
    // as -1e300, which made the loop below spin for ever): no migration is guessed; the values are read as
    // today's, keeping each valid one.
    problems.push({ code: 'no-valid-version', found: describeVersion(raw.version) });
  } else if (version > SETTINGS_VERSION) {
    problems.push({ code: 'newer-version', found: version });
  }
  // Bounded: at most SETTINGS_VERSION - 1 steps, whatever was stored.
  for (let from = version ?? SETTINGS_VERSION; from < SETTINGS_VERSION; from++) {
    const step = migrations.find((m) => m.from === from);
    if (!step) continue;
    try {
      values = step.migrate(values);
    } catch (error) {
      problems.push({ code: 'migration-failed', from, reason: String(error).slice(0, 120) });
      return { settings: defaultSettings(), problems };
    }
  }
  const settings = defaultSettings();
  if (values.global !== undefined && !isRecord(values.global)) {
    problems.push({ code: 'global-not-object' });
  } else if (values.global !== undefined) {
    Object.assign(settings.global, parseAids(values.global, undefined, problems));
  }
  settings.sites = parseSites(values.sites, problems);
  return { settings, problems };
}

/** Validates a partial update of aids (from a message): only known keys with valid values, or undefined. */
export function parseAidsPatch(raw: unknown): Partial<Aids> | undefined {
  if (!isRecord(raw)) return undefined;
  const problems: SettingsProblem[] = [];
  // Own keys only: `in` would also accept "constructor", "__proto__" and the rest of Object.prototype.
  if (Object.keys(raw).some((key) => !Object.hasOwn(validators, key))) return undefined;
  const patch = parseAids(raw, undefined, problems);
  return problems.length === 0 ? patch : undefined;
}

/** The aids that apply on `origin`, or undefined when the user has switched aids off there. */
export function effectiveAids(settings: Settings, origin: string): Aids | undefined {
  const site = settings.sites[origin];
  if (site && !site.enabled) return undefined;
  return { ...settings.global, ...site?.aids };
}

/**
 * Drops site entries that say nothing beyond the defaults (enabled, following the global aids), so
 * what is stored stays small.
 */
export function compactSites(sites: Record<string, SiteSettings>): Record<string, SiteSettings> {
  const kept: Record<string, SiteSettings> = {};
  for (const [origin, site] of Object.entries(sites)) {
    if (!site.enabled || site.aids) kept[origin] = site;
  }
  return kept;
}

export function toStored(settings: Settings): StoredSettings {
  return { version: SETTINGS_VERSION, values: { global: { ...settings.global }, sites: compactSites(settings.sites) } };
}
