/**
 * Practice configuration: what a webmaster may set, how each value is checked, and what is used instead
 * when a value is wrong. Nothing here throws: every problem becomes one console message (what, where,
 * what is allowed, what is used instead) and the setting falls back.
 *
 * Sources, later ones winning: defaults, then the JSON block inside the element, then the `config`
 * property, then attributes.
 */
import {
  settingEntries,
  SETTINGS,
  type ContactKey,
  type ListSettingName,
  type SettingDeclaration,
  type TextSettingName,
  type TopLevelKey,
} from './settings.js';
import type { PortalId, ServiceId } from '../journey/types.js';

/** The practice's contact routes, by their key inside `contact` (declared in settings.ts). */
export type PracticeContact = { [K in ContactKey]?: string };

/** The checked configuration. Its keys are the declared settings' top-level paths (checked below). */
export interface PracticeConfig {
  practiceName: string | null;
  odsCode: string | null;
  services: ServiceId[];
  portals: PortalId[];
  contact: PracticeContact;
  registrationHours: string | null;
  quickExitUrl: string;
  /** Replacement text for any content id, shown as plain text. */
  strings: Record<string, string>;
  /** How many days saved progress is kept on the patient's device; 0 turns saving off. */
  saveProgressDays: number;
  /** Where uptake events are sent by beacon (https), or null: none are sent. */
  uptakeEndpoint: string | null;
}

// A compile error here means PracticeConfig and the declared settings disagree: a setting added to one only.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const CONFIG_MATCHES_SETTINGS: Same<keyof PracticeConfig, TopLevelKey> = true;
void CONFIG_MATCHES_SETTINGS;

export const DEFAULT_SERVICES: readonly ServiceId[] = SETTINGS.services.default;
export const DEFAULT_QUICK_EXIT_URL = SETTINGS.quickExitUrl.default;
export const DEFAULT_SAVE_PROGRESS_DAYS = SETTINGS.saveProgressDays.default;

/** The configuration with every declared default. */
export function defaultConfig(): PracticeConfig {
  // No prototype: a page that adds `email` or `onlineForm` to Object.prototype must not invent contact details.
  const config: Record<string, unknown> = { contact: Object.create(null) as PracticeContact };
  for (const [, setting] of settingEntries()) {
    if (setting.type === 'strings') config[setting.path] = {};
    else if (setting.type === 'list') config[setting.path] = [...setting.default];
    else if (setting.type === 'text' && !setting.path.startsWith('contact.')) config[setting.path] = setting.default;
  }
  // The cast is checked: every top-level key is declared (CONFIG_MATCHES_SETTINGS), and each default has its declared type.
  return config as unknown as PracticeConfig;
}

/** Where a value came from, as the console message names it. */
export type ConfigOrigin = 'attribute' | 'json' | 'property';

const PREFIX = 'record-access-guide:';

function place(origin: ConfigOrigin, path: string): string {
  if (origin === 'attribute') return `attribute "${path}"`;
  const source = origin === 'json' ? 'JSON config block' : 'config property';
  return path === '' ? source : `${source} "${path}"`;
}

/** Longest description of a given value in a console message: a 1 MB value must not become a 1 MB message. */
const DESCRIBE_MAX = 200;

/**
 * Characters that change the direction of the text around them (embeddings, overrides, isolates, marks).
 * Configured text is put inside the guide's sentences, so one right-to-left override in a practice name
 * would show the rest of the sentence backwards. Nothing in a practice's configuration needs them.
 */
const DIRECTION_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * What draws nothing on its own: spaces of every kind, control and format characters (zero-width space
 * and joiners, soft hyphen, word joiner, byte order mark, direction controls), combining marks with
 * nothing to sit on, and the blank "filler" letters (Hangul fillers, braille blank).
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u2800\u3164\uFFA0]/u;

/** How many character codes a message names. */
const CODES_NAMED_MAX = 5;

/** Characters as Unicode code points (`U+202E`), each once, for a message: they cannot be shown as themselves. */
function codePoints(characters: readonly string[]): string {
  const codes = [...new Set(characters)].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  const more = codes.length > CODES_NAMED_MAX ? ` and ${codes.length - CODES_NAMED_MAX} more` : '';
  return `${codes.slice(0, CODES_NAMED_MAX).join(', ')}${more}`;
}

// Character by character with RegExp test, not String.prototype.replace or match: a host page may have
// broken those (SECURITY.md, threat 7), and reading the configuration must not depend on them.

/** Whether text would show as nothing at all: then a label or name would be blank on the page. */
function looksEmpty(text: string): boolean {
  for (const character of text) if (!INVISIBLE.test(character)) return false;
  return true;
}

/** The text without direction controls, and the controls it had. */
function withoutDirectionControls(text: string): { text: string; removed: string[] } {
  let kept = '';
  const removed: string[] = [];
  for (const character of text) {
    if (DIRECTION_CONTROL.test(character)) removed.push(character);
    else kept += character;
  }
  return { text: kept, removed };
}

function describe(value: unknown): string {
  let text: string;
  try {
    // A budget of nodes: a hostile object can be a small graph that doubles back on itself, which
    // serialised whole expands exponentially and hangs the page. Over budget, cyclic, BigInt, Proxy: String().
    let nodes = 0;
    text =
      JSON.stringify(value, (_key, item: unknown) => {
        if (++nodes > 50) throw new RangeError('too big to describe');
        return item;
      }) ?? String(value);
  } catch {
    try {
      text = String(value);
    } catch {
      text = `an unreadable ${typeof value}`;
    }
  }
  // A direction control in the message would show the message itself backwards in the console.
  let shown = '';
  for (const character of text.slice(0, DESCRIBE_MAX)) shown += DIRECTION_CONTROL.test(character) ? `<${codePoints([character])}>` : character;
  return text.length > DESCRIBE_MAX ? `${shown}… (${text.length} characters)` : shown;
}

/** How many wrong list entries one message names. */
const LIST_NAMED_MAX = 5;

/** Longest replacement text for one content id (the longest built-in sentence is about 200 characters). */
export const STRING_OVERRIDE_MAX = 1000;

type TextKind = Extract<SettingDeclaration, { type: 'text' }>['kind'];

const TEXT_RULES: Record<TextKind, { test(value: string): boolean; allowed: string }> = {
  text: { test: () => true, allowed: 'plain text' },
  ods: { test: (v) => /^[A-Z][0-9]{5}$/i.test(v), allowed: 'a GP practice ODS code: one letter then five digits, like A12345' },
  phone: { test: (v) => /^\+?[0-9][0-9 ()-]{5,}$/.test(v), allowed: 'a phone number: digits, spaces, brackets, dashes and an optional leading +' },
  // The address only: it becomes `mailto:<address>`, where `?`, `&`, `%`, `#` or `/` would add a copy
  // to someone else, a subject or a body (`?cc=...&body=...`), and a colon would make `vbscript:x@y.z`.
  // Plain letters, digits and . _ + ' - before the @; a domain of letters, digits and hyphens.
  email: {
    test: (v) => /^[A-Za-z0-9._+'-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$/.test(v),
    allowed: 'an email address only, like reception@example.nhs.uk',
  },
  // https only, as the docs have always said: an http: page can be changed on the way (a quick exit or a
  // contact form sent somewhere else). A user name or password in an address is refused: it would be shown
  // to every patient, and `https://nhs.uk@evil.example` reads as one site while going to another.
  https: {
    test: (v) => {
      try {
        const url = new URL(v);
        return url.protocol === 'https:' && url.username === '' && url.password === '';
      } catch {
        return false;
      }
    },
    allowed: 'a full web address starting with https://, without a user name or password',
  },
  days: { test: (v) => /^[0-9]{1,3}$/.test(v) && Number(v) <= 365, allowed: 'a whole number of days from 0 (do not save) to 365' },
};

/** Text settings, then list settings, in declaration order (the order their attribute problems are reported in). */
function textSettings(): TextSettingName[] {
  return settingEntries()
    .filter(([, setting]) => setting.type === 'text')
    .map(([name]) => name as TextSettingName);
}

function listSettings(): ListSettingName[] {
  return settingEntries()
    .filter(([, setting]) => setting.type === 'list')
    .map(([name]) => name as ListSettingName);
}

/** Every attribute the element reads for its configuration. */
// Pure: nothing here may run at module load, where a host page's patched Array methods would stop the script.
export const CONFIG_ATTRIBUTES: readonly string[] = /* @__PURE__ */ configAttributes();

function configAttributes(): string[] {
  return [...textSettings(), ...listSettings()].map((name) => SETTINGS[name].attribute);
}

/** The keys a configuration object (JSON block or `config` property) may have, at the top and in `contact`. */
// Pure and unused by the guide itself (it asks allowedKeys() when it reads a configuration), so the bundle
// drops them: nothing may run at module load, where a host page's patched Array methods would stop the script.
export const TOP_LEVEL_KEYS: readonly string[] = /* @__PURE__ */ topLevelKeys();
export const CONTACT_KEYS: readonly string[] = /* @__PURE__ */ contactKeys();

let allowed: { top: readonly string[]; contact: readonly string[] } | undefined;

/** The keys above, worked out on first use. */
function allowedKeys(): { top: readonly string[]; contact: readonly string[] } {
  allowed ??= { top: topLevelKeys(), contact: contactKeys() };
  return allowed;
}

function topLevelKeys(): TopLevelKey[] {
  const keys: TopLevelKey[] = [];
  for (const [, setting] of settingEntries()) {
    if (!('path' in setting)) continue;
    const key = (setting.path.startsWith('contact.') ? 'contact' : setting.path) as TopLevelKey;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

function contactKeys(): ContactKey[] {
  const keys: ContactKey[] = [];
  for (const [, setting] of settingEntries()) if ('path' in setting && setting.path.startsWith('contact.')) keys.push(setting.path.slice(8) as ContactKey);
  return keys;
}

/** The list setting at a JSON path, if one is declared. */
function listSettingAt(path: string): ListSettingName | undefined {
  for (const [name, setting] of settingEntries()) if (setting.type === 'list' && setting.path === path) return name as ListSettingName;
  return undefined;
}

/** The text setting at a JSON path (`contact.sms`), if one is declared. */
function textSettingAt(path: string): TextSettingName | undefined {
  for (const [name, setting] of settingEntries()) if (setting.type === 'text' && setting.path === path) return name as TextSettingName;
  return undefined;
}

function usingText(name: TextSettingName, config: PracticeConfig): string {
  const current = readText(config, name);
  return current === null ? 'no value (this setting is left out)' : describe(current);
}

/** The top-level text fields (not in `contact`, not a number of days). */
type PlainTextKey = 'practiceName' | 'odsCode' | 'registrationHours' | 'quickExitUrl' | 'uptakeEndpoint';

function readText(config: PracticeConfig, name: TextSettingName): string | null {
  const { path, kind } = SETTINGS[name];
  if (path.startsWith('contact.')) return config.contact[path.slice(8) as ContactKey] ?? null;
  if (kind === 'days') return String(config.saveProgressDays);
  return config[path as PlainTextKey];
}

function writeText(config: PracticeConfig, name: TextSettingName, value: string): void {
  const { path, kind } = SETTINGS[name];
  if (path.startsWith('contact.')) config.contact[path.slice(8) as ContactKey] = value;
  else if (kind === 'days') config.saveProgressDays = Number(value);
  else config[path as PlainTextKey] = kind === 'ods' ? value.toUpperCase() : value;
}

/** The content ids a `strings` override may replace (a set of them, or every id until the whole English has arrived). */
export type ContentIds = Pick<ReadonlySet<string>, 'has'>;

/** Collects messages and applies values to one config object, in the order sources arrive. */
export class ConfigBuilder {
  readonly config: PracticeConfig = defaultConfig();
  readonly messages: string[] = [];
  readonly #contentIds: ContentIds;
  readonly #practiceNameDefault: string;

  /**
   * @param contentIds Content ids a `strings` override may replace.
   * @param practiceNameDefault The generic name shown when the practice name is missing or invalid.
   */
  constructor(contentIds: ContentIds, practiceNameDefault: string) {
    this.#contentIds = contentIds;
    this.#practiceNameDefault = practiceNameDefault;
  }

  #using(name: TextSettingName): string {
    if (name === 'practiceName' && this.config.practiceName === null) return describe(this.#practiceNameDefault);
    return usingText(name, this.config);
  }

  #report(origin: ConfigOrigin, path: string, given: string, allowed: string, using: string): void {
    this.messages.push(`${PREFIX} ${place(origin, path)}: ${given}. Allowed: ${allowed}. Using ${using}.`);
  }

  #applyText(origin: ConfigOrigin, setting: TextSettingName, raw: unknown): void {
    const spec = SETTINGS[setting];
    const path = setting;
    const name = origin === 'attribute' ? spec.attribute : spec.path;
    const rule = TEXT_RULES[spec.kind];
    const allowed = `${rule.allowed}, up to ${spec.maxLength} characters`;
    if (typeof raw !== 'string') {
      this.#report(origin, name, `${describe(raw)} is not text`, allowed, this.#using(path));
      return;
    }
    if (raw.trim() === '') {
      // An empty optional setting just means "not set"; the practice name is the one value we ask for.
      if (path === 'practiceName') this.#report(origin, name, 'is empty', allowed, this.#using(path));
      return;
    }
    // Text far over the limit is refused below as it is: a megabyte is not walked character by character.
    const fits = raw.length <= spec.maxLength * 2;
    if (fits && looksEmpty(raw)) {
      // Invisible characters only: a blank name on the page, never what the practice meant.
      this.#report(origin, name, `has no visible characters (${codePoints([...raw])})`, allowed, this.#using(path));
      return;
    }
    const cleaned = fits ? withoutDirectionControls(raw) : { text: raw, removed: [] };
    const value = cleaned.text.trim();
    if (cleaned.removed.length > 0 && spec.kind === 'text' && value.length <= spec.maxLength) {
      // Removed from plain text and used (told once); other kinds refuse them below as not allowed.
      this.#report(
        origin,
        name,
        `${describe(value)} had characters that change the direction of text (${codePoints(cleaned.removed)}), removed`,
        allowed,
        describe(value),
      );
    }
    const checked = spec.kind === 'text' ? value : raw.trim();
    if (checked.length > spec.maxLength || !rule.test(checked)) {
      const shown = checked.length > 80 ? `${describe(checked.slice(0, 80))}… (${checked.length} characters)` : describe(checked);
      this.#report(origin, name, `${shown} is not allowed`, allowed, this.#using(path));
      return;
    }
    // A URL is kept as the browser reads it: the parser drops leading control characters and spaces
    // that would otherwise travel on into the link.
    writeText(this.config, path, spec.kind === 'https' ? new URL(checked).href : checked);
  }

  #applyList(origin: ConfigOrigin, key: ListSettingName, raw: unknown): void {
    const spec = SETTINGS[key];
    const name = origin === 'attribute' ? spec.attribute : key;
    const allowedText = `${spec.atLeastOne ? 'one or more' : 'any'} of ${spec.allowed.join(', ')}, ${origin === 'attribute' ? 'separated by spaces or commas' : 'as a list'}`;
    let tokens: unknown[];
    if (typeof raw === 'string') tokens = raw.split(/[\s,]+/).filter(Boolean);
    else if (Array.isArray(raw)) tokens = raw;
    else {
      this.#report(origin, name, `${describe(raw)} is not a list`, allowedText, describe(this.config[key].join(' ')));
      return;
    }
    const known = tokens.filter((t): t is string => typeof t === 'string' && (spec.allowed as readonly string[]).includes(t.toLowerCase()));
    const unknown = tokens.filter((t) => !known.includes(t as string));
    const chosen = spec.allowed.filter((id) => known.some((t) => t.toLowerCase() === id));
    const fallsBack = spec.atLeastOne && chosen.length === 0;
    if (unknown.length > 0 || fallsBack) {
      // At most a few named: a megabyte of words must not become a megabyte of console message.
      const named = unknown.slice(0, LIST_NAMED_MAX).map(describe).join(', ');
      const more = unknown.length > LIST_NAMED_MAX ? ` and ${unknown.length - LIST_NAMED_MAX} more` : '';
      const given = unknown.length > 0 ? `${named}${more} ${unknown.length === 1 ? 'is' : 'are'} not allowed` : 'lists none';
      const using = fallsBack ? describe(this.config[key].join(' ')) : describe(chosen.join(' '));
      this.#report(origin, name, given, allowedText, using);
    }
    if (!fallsBack) (this.config[key] as string[]) = [...chosen];
  }

  #applyStrings(origin: ConfigOrigin, raw: unknown): void {
    if (!isPlainObject(raw)) {
      this.#report(origin, 'strings', `${describe(raw)} is not an object`, 'an object of text ids and replacement text', 'the default text');
      return;
    }
    for (const [id, value] of Object.entries(raw)) {
      if (!this.#contentIds.has(id)) {
        this.#report(origin, `strings.${id}`, 'is not a text id', "a text id from the guide's content file (widget/content/en-GB.ts)", 'nothing (ignored)');
        continue;
      }
      const allowedText = `text that is not empty, up to ${STRING_OVERRIDE_MAX} characters`;
      if (typeof value !== 'string' || value.trim() === '' || value.length > STRING_OVERRIDE_MAX) {
        const shown = typeof value === 'string' && value.length > 80 ? `${describe(value.slice(0, 80))}… (${value.length} characters)` : describe(value);
        this.#report(origin, `strings.${id}`, `${shown} is not allowed`, allowedText, 'the default text');
      } else if (looksEmpty(value)) {
        // A zero-width label (quick exit's, say) would leave a button with no words on it.
        this.#report(origin, `strings.${id}`, `has no visible characters (${codePoints([...value])})`, allowedText, 'the default text');
      } else {
        const cleaned = withoutDirectionControls(value);
        if (cleaned.removed.length > 0) {
          const using = describe(cleaned.text);
          this.#report(
            origin,
            `strings.${id}`,
            `${using} had characters that change the direction of text (${codePoints(cleaned.removed)}), removed`,
            allowedText,
            using,
          );
        }
        this.config.strings[id] = cleaned.text;
      }
    }
  }

  /** Values from attributes: `null` means the attribute is absent. */
  applyAttributes(attributes: Readonly<Record<string, string | null>>): void {
    for (const name of textSettings()) {
      const value = attributes[SETTINGS[name].attribute];
      if (value !== null && value !== undefined) this.#applyText('attribute', name, value);
    }
    for (const name of listSettings()) {
      const value = attributes[SETTINGS[name].attribute];
      if (value !== null && value !== undefined) this.#applyList('attribute', name, value);
    }
  }

  /** A parsed JSON block or the `config` property: an object using the JSON paths above. */
  applyObject(origin: ConfigOrigin, raw: unknown): void {
    if (!isPlainObject(raw)) {
      this.#report(origin, '', `${describe(raw)} is not an object`, 'one object of settings', 'the other settings and defaults');
      return;
    }
    const { top, contact } = allowedKeys();
    for (const [key, value] of Object.entries(raw)) {
      if (!top.includes(key)) {
        this.#report(origin, key, 'is not a setting', top.join(', '), 'nothing (ignored)');
      } else if (key === 'strings') {
        this.#applyStrings(origin, value);
      } else if (key === 'contact') {
        if (!isPlainObject(value)) {
          this.#report(origin, 'contact', `${describe(value)} is not an object`, `an object with any of ${contact.join(', ')}`, 'no contact details');
          continue;
        }
        for (const [contactKey, contactValue] of Object.entries(value)) {
          const name = textSettingAt(`contact.${contactKey}`);
          if (name) this.#applyText(origin, name, contactValue);
          else this.#report(origin, `contact.${contactKey}`, 'is not a setting', contact.join(', '), 'nothing (ignored)');
        }
      } else {
        const list = listSettingAt(key);
        const text = textSettingAt(key);
        if (list) this.#applyList(origin, list, value);
        // A number of days may be given as a JSON number.
        else if (text) this.#applyText(origin, text, SETTINGS[text].kind === 'days' && typeof value === 'number' ? String(value) : value);
      }
    }
  }

  /** The text of a `<script type="application/json">` block. */
  applyJsonText(text: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.messages.push(
        `${PREFIX} JSON config block: could not be read (${reason}). Allowed: one JSON object of settings. Using the attributes and defaults.`,
      );
      return;
    }
    this.applyObject('json', parsed);
  }

  /** Called last: a missing practice name is the one gap worth telling the webmaster about. */
  finish(): PracticeConfig {
    if (this.config.practiceName === null && !this.messages.some((m) => m.includes('practice-name') || m.includes('"practiceName"'))) {
      this.messages.push(
        `${PREFIX} attribute "practice-name": is missing. Allowed: the practice's name as plain text, up to 120 characters. Using ${describe(this.#practiceNameDefault)}.`,
      );
    }
    return this.config;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ConfigSources {
  attributes: Readonly<Record<string, string | null>>;
  jsonText: string | null;
  property: unknown;
}

/** Builds the practice configuration from all its sources, with one message per problem. */
export function resolveConfig(sources: ConfigSources, contentIds: ContentIds, practiceNameDefault: string): { config: PracticeConfig; messages: string[] } {
  const builder = new ConfigBuilder(contentIds, practiceNameDefault);
  if (sources.jsonText !== null) builder.applyJsonText(sources.jsonText);
  if (sources.property !== undefined && sources.property !== null) builder.applyObject('property', sources.property);
  builder.applyAttributes(sources.attributes);
  const config = builder.finish();
  return { config, messages: builder.messages };
}
