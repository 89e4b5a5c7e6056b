/**
 * Practice configuration: what a webmaster may set, how each value is checked, and what is used instead
 * when a value is wrong. Nothing here throws: every problem becomes one console message (what, where,
 * what is allowed, what is used instead) and the setting falls back.
 *
 * Sources, later ones winning: defaults, then the JSON block inside the element, then the `config`
 * property, then attributes.
 */
import { PORTAL_IDS, SERVICE_IDS, type PortalId, type ServiceId } from '../journey/types.js';

export interface PracticeContact {
  phone?: string;
  email?: string;
  /** A mobile number patients can send a text message to. */
  sms?: string;
  onlineForm?: string;
  /** A BSL video relay service link, for deaf patients who sign. */
  bslVideoRelay?: string;
}

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

export const DEFAULT_SERVICES: readonly ServiceId[] = ['record', 'appointments', 'prescriptions'];
/** A neutral, fast-loading page people commonly use as a quick exit in UK services. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

export function defaultConfig(): PracticeConfig {
  return {
    practiceName: null,
    odsCode: null,
    services: [...DEFAULT_SERVICES],
    portals: [],
    // No prototype: a page that adds `email` or `onlineForm` to Object.prototype must not invent contact details.
    contact: Object.create(null) as PracticeContact,
    registrationHours: null,
    quickExitUrl: DEFAULT_QUICK_EXIT_URL,
    strings: {},
    saveProgressDays: DEFAULT_SAVE_PROGRESS_DAYS,
    uptakeEndpoint: null,
  };
}

export const DEFAULT_SAVE_PROGRESS_DAYS = 30;

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
  return text.length > DESCRIBE_MAX ? `${text.slice(0, DESCRIBE_MAX)}… (${text.length} characters)` : text;
}

/** How many wrong list entries one message names. */
const LIST_NAMED_MAX = 5;

/** Longest replacement text for one content id (the longest built-in sentence is about 200 characters). */
export const STRING_OVERRIDE_MAX = 1000;

interface TextSpec {
  kind: 'text' | 'ods' | 'phone' | 'email' | 'url' | 'https' | 'days';
  maxLength: number;
}

const TEXT_RULES: Record<TextSpec['kind'], { test(value: string): boolean; allowed: string }> = {
  text: { test: () => true, allowed: 'plain text' },
  ods: { test: (v) => /^[A-Z][0-9]{5}$/i.test(v), allowed: 'a GP practice ODS code: one letter then five digits, like A12345' },
  phone: { test: (v) => /^\+?[0-9][0-9 ()-]{5,}$/.test(v), allowed: 'a phone number: digits, spaces, brackets, dashes and an optional leading +' },
  email: { test: (v) => /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v), allowed: 'an email address, like reception@example.nhs.uk' },
  url: {
    test: (v) => {
      try {
        const url = new URL(v);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    allowed: 'a full web address starting with https:// or http://',
  },
  https: {
    test: (v) => {
      try {
        return new URL(v).protocol === 'https:';
      } catch {
        return false;
      }
    },
    allowed: 'a full web address starting with https://',
  },
  days: { test: (v) => /^[0-9]{1,3}$/.test(v) && Number(v) <= 365, allowed: 'a whole number of days from 0 (do not save) to 365' },
};

/** The settings a webmaster can give, by their JSON path, with their attribute name where they have one. */
const TEXT_SETTINGS = {
  practiceName: { attribute: 'practice-name', kind: 'text', maxLength: 120 },
  odsCode: { attribute: 'ods-code', kind: 'ods', maxLength: 6 },
  registrationHours: { attribute: 'registration-hours', kind: 'text', maxLength: 300 },
  quickExitUrl: { attribute: 'quick-exit-url', kind: 'url', maxLength: 2000 },
  'contact.phone': { attribute: 'contact-phone', kind: 'phone', maxLength: 30 },
  'contact.email': { attribute: 'contact-email', kind: 'email', maxLength: 254 },
  'contact.sms': { attribute: 'contact-sms', kind: 'phone', maxLength: 30 },
  'contact.onlineForm': { attribute: 'contact-online-form', kind: 'url', maxLength: 2000 },
  'contact.bslVideoRelay': { attribute: 'contact-bsl-video-relay', kind: 'url', maxLength: 2000 },
  saveProgressDays: { attribute: 'save-progress-days', kind: 'days', maxLength: 3 },
  uptakeEndpoint: { attribute: 'uptake-endpoint', kind: 'https', maxLength: 2000 },
} as const satisfies Record<string, TextSpec & { attribute: string }>;

type TextSettingPath = keyof typeof TEXT_SETTINGS;

const LIST_SETTINGS = {
  services: { attribute: 'services', allowed: SERVICE_IDS, atLeastOne: true },
  portals: { attribute: 'portals', allowed: PORTAL_IDS, atLeastOne: false },
} as const;

/** Every attribute the element reads for its configuration. */
// Pure: nothing here may run at module load, where a host page's patched Array methods would stop the script.
export const CONFIG_ATTRIBUTES: readonly string[] = /* @__PURE__ */ configAttributes();

function configAttributes(): string[] {
  return [...Object.values(TEXT_SETTINGS).map((s) => s.attribute), ...Object.values(LIST_SETTINGS).map((s) => s.attribute)];
}

/** The keys a configuration object (JSON block or `config` property) may have, at the top and in `contact`. */
export const TOP_LEVEL_KEYS: readonly string[] = [
  'practiceName',
  'odsCode',
  'services',
  'portals',
  'contact',
  'registrationHours',
  'quickExitUrl',
  'strings',
  'saveProgressDays',
  'uptakeEndpoint',
];
export const CONTACT_KEYS: readonly string[] = ['phone', 'email', 'sms', 'onlineForm', 'bslVideoRelay'];

function usingText(path: TextSettingPath, config: PracticeConfig): string {
  const current = readText(config, path);
  return current === null ? 'no value (this setting is left out)' : describe(current);
}

function readText(config: PracticeConfig, path: TextSettingPath): string | null {
  if (path.startsWith('contact.')) return config.contact[path.slice(8) as keyof PracticeContact] ?? null;
  if (path === 'saveProgressDays') return String(config.saveProgressDays);
  return config[path as 'practiceName' | 'odsCode' | 'registrationHours' | 'quickExitUrl' | 'uptakeEndpoint'];
}

function writeText(config: PracticeConfig, path: TextSettingPath, value: string): void {
  if (path.startsWith('contact.')) config.contact[path.slice(8) as keyof PracticeContact] = value;
  else if (path === 'odsCode') config.odsCode = value.toUpperCase();
  else if (path === 'saveProgressDays') config.saveProgressDays = Number(value);
  else config[path as 'practiceName' | 'registrationHours' | 'quickExitUrl' | 'uptakeEndpoint'] = value;
}

/** Collects messages and applies values to one config object, in the order sources arrive. */
export class ConfigBuilder {
  readonly config: PracticeConfig = defaultConfig();
  readonly messages: string[] = [];
  readonly #contentIds: ReadonlySet<string>;
  readonly #practiceNameDefault: string;

  /**
   * @param contentIds Content ids a `strings` override may replace.
   * @param practiceNameDefault The generic name shown when the practice name is missing or invalid.
   */
  constructor(contentIds: ReadonlySet<string>, practiceNameDefault: string) {
    this.#contentIds = contentIds;
    this.#practiceNameDefault = practiceNameDefault;
  }

  #using(path: TextSettingPath): string {
    if (path === 'practiceName' && this.config.practiceName === null) return describe(this.#practiceNameDefault);
    return usingText(path, this.config);
  }

  #report(origin: ConfigOrigin, path: string, given: string, allowed: string, using: string): void {
    this.messages.push(`${PREFIX} ${place(origin, path)}: ${given}. Allowed: ${allowed}. Using ${using}.`);
  }

  #applyText(origin: ConfigOrigin, path: TextSettingPath, raw: unknown): void {
    const spec: TextSpec = TEXT_SETTINGS[path];
    const name = origin === 'attribute' ? TEXT_SETTINGS[path].attribute : path;
    const rule = TEXT_RULES[spec.kind];
    const allowed = `${rule.allowed}, up to ${spec.maxLength} characters`;
    if (typeof raw !== 'string') {
      this.#report(origin, name, `${describe(raw)} is not text`, allowed, this.#using(path));
      return;
    }
    const value = raw.trim();
    if (value === '') {
      // An empty optional setting just means "not set"; the practice name is the one value we ask for.
      if (path === 'practiceName') this.#report(origin, name, 'is empty', allowed, this.#using(path));
      return;
    }
    if (value.length > spec.maxLength || !rule.test(value)) {
      const shown = value.length > 80 ? `${describe(value.slice(0, 80))}… (${value.length} characters)` : describe(value);
      this.#report(origin, name, `${shown} is not allowed`, allowed, this.#using(path));
      return;
    }
    // A URL is kept as the browser reads it: the parser drops leading control characters and spaces
    // that would otherwise travel on into the link.
    writeText(this.config, path, spec.kind === 'url' ? new URL(value).href : value);
  }

  #applyList(origin: ConfigOrigin, key: keyof typeof LIST_SETTINGS, raw: unknown): void {
    const spec = LIST_SETTINGS[key];
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
      } else if (typeof value !== 'string' || value.trim() === '' || value.length > STRING_OVERRIDE_MAX) {
        const shown = typeof value === 'string' && value.length > 80 ? `${describe(value.slice(0, 80))}… (${value.length} characters)` : describe(value);
        this.#report(origin, `strings.${id}`, `${shown} is not allowed`, `text that is not empty, up to ${STRING_OVERRIDE_MAX} characters`, 'the default text');
      } else {
        this.config.strings[id] = value;
      }
    }
  }

  /** Values from attributes: `null` means the attribute is absent. */
  applyAttributes(attributes: Readonly<Record<string, string | null>>): void {
    for (const path of Object.keys(TEXT_SETTINGS) as TextSettingPath[]) {
      const value = attributes[TEXT_SETTINGS[path].attribute];
      if (value !== null && value !== undefined) this.#applyText('attribute', path, value);
    }
    for (const key of Object.keys(LIST_SETTINGS) as (keyof typeof LIST_SETTINGS)[]) {
      const value = attributes[LIST_SETTINGS[key].attribute];
      if (value !== null && value !== undefined) this.#applyList('attribute', key, value);
    }
  }

  /** A parsed JSON block or the `config` property: an object using the JSON paths above. */
  applyObject(origin: ConfigOrigin, raw: unknown): void {
    if (!isPlainObject(raw)) {
      this.#report(origin, '', `${describe(raw)} is not an object`, 'one object of settings', 'the other settings and defaults');
      return;
    }
    for (const [key, value] of Object.entries(raw)) {
      if (!TOP_LEVEL_KEYS.includes(key)) {
        this.#report(origin, key, 'is not a setting', TOP_LEVEL_KEYS.join(', '), 'nothing (ignored)');
      } else if (key === 'services' || key === 'portals') {
        this.#applyList(origin, key, value);
      } else if (key === 'strings') {
        this.#applyStrings(origin, value);
      } else if (key === 'contact') {
        if (!isPlainObject(value)) {
          this.#report(origin, 'contact', `${describe(value)} is not an object`, `an object with any of ${CONTACT_KEYS.join(', ')}`, 'no contact details');
          continue;
        }
        for (const [contactKey, contactValue] of Object.entries(value)) {
          if (CONTACT_KEYS.includes(contactKey)) this.#applyText(origin, `contact.${contactKey}` as TextSettingPath, contactValue);
          else this.#report(origin, `contact.${contactKey}`, 'is not a setting', CONTACT_KEYS.join(', '), 'nothing (ignored)');
        }
      } else {
        // A number of days may be given as a JSON number.
        this.#applyText(origin, key as TextSettingPath, key === 'saveProgressDays' && typeof value === 'number' ? String(value) : value);
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
export function resolveConfig(
  sources: ConfigSources,
  contentIds: ReadonlySet<string>,
  practiceNameDefault: string,
): { config: PracticeConfig; messages: string[] } {
  const builder = new ConfigBuilder(contentIds, practiceNameDefault);
  if (sources.jsonText !== null) builder.applyJsonText(sources.jsonText);
  if (sources.property !== undefined && sources.property !== null) builder.applyObject('property', sources.property);
  builder.applyAttributes(sources.attributes);
  const config = builder.finish();
  return { config, messages: builder.messages };
}
