/**
 * Every setting of `<record-access-guide>`, declared once. From this table come the element's attributes and
 * properties (record-access-guide.ts), the checks `resolveConfig` makes and the keys it accepts
 * (config.ts), the practice's contact lines (checklist-document.ts), and the docs: the custom elements
 * manifest (custom-elements-manifest.config.mjs reads `docs`) and the README's table, which
 * test/widget/config/settings-drift.test.ts keeps in step.
 *
 * To add a setting, add one entry here (its key is the element's property name) and use its value where it
 * matters. `docs` is for the manifest only: the build blanks it out of the bundle (rollup.config.mjs), as it
 * does the content's `source` ids.
 */
import type { ContentKey } from '../content/en-GB.js';
import { PORTAL_IDS, SERVICE_IDS } from '../journey/types.js';

/** How a text setting is checked (see TEXT_RULES in config.ts). */
export type TextKind = 'text' | 'ods' | 'phone' | 'email' | 'https' | 'days';

/** A contact route: the text id of its line on the checklist, and the kind of link it becomes. */
export interface ContactRoute {
  label: ContentKey;
  link: 'tel' | 'sms' | 'mailto' | 'web';
}

interface Declared {
  /** The attribute that sets it; absent for a setting only the JSON block and `config` property can give. */
  attribute?: string;
  /** What the manifest (and editors) say about it. */
  docs: string;
}

/** Text checked by a rule, at a JSON path of the configuration object (`contact.phone` sits in `contact`). */
export interface TextSetting extends Declared {
  type: 'text';
  path: string;
  kind: TextKind;
  maxLength: number;
  /** Used when it is not given or not allowed. */
  default: string | number | null;
  contact?: ContactRoute;
}

/** Tokens from a fixed set, as a space- or comma-separated attribute or a JSON list. */
export interface ListSetting extends Declared {
  type: 'list';
  path: string;
  allowed: readonly string[];
  /** A list naming none of `allowed` is refused and the default kept. */
  atLeastOne: boolean;
  default: readonly string[];
}

/** The practice's replacement text by content id (config object only). */
export interface StringsSetting extends Declared {
  type: 'strings';
  path: 'strings';
}

/** An attribute of the element that is not part of the practice configuration (read by a controller). */
export interface ElementSetting extends Declared {
  /** 'switch': "on" or "off" (anything else is reported, and the default used). */
  type: 'locale' | 'number' | 'switch';
  attribute: string;
  default: string | number | null;
}

export type SettingDeclaration = TextSetting | ListSetting | StringsSetting | ElementSetting;

export const SETTINGS = {
  locale: {
    type: 'locale',
    attribute: 'locale',
    default: null,
    docs: "The guide's language: en-GB or cy (Welsh), matched on the main language (cy-GB means cy). Without it the nearest lang attribute (the element's own, an ancestor's, the page's) chooses, else English. The patient can switch language in the guide.",
  },
  practiceName: {
    type: 'text',
    attribute: 'practice-name',
    path: 'practiceName',
    kind: 'text',
    maxLength: 120,
    default: null,
    docs: 'The practice\'s name, shown as plain text (never as markup). Defaults to "your GP practice".',
  },
  odsCode: {
    type: 'text',
    attribute: 'ods-code',
    path: 'odsCode',
    kind: 'ods',
    maxLength: 6,
    default: null,
    docs: "The practice's ODS code (one letter, five digits), shown in the checklist for people registering without photo ID.",
  },
  services: {
    type: 'list',
    attribute: 'services',
    path: 'services',
    allowed: SERVICE_IDS,
    atLeastOne: true,
    default: ['record', 'appointments', 'prescriptions'],
    docs: 'Online services the practice offers, separated by spaces or commas: record, appointments, prescriptions, messages. Defaults to "record appointments prescriptions".',
  },
  portals: {
    type: 'list',
    attribute: 'portals',
    path: 'portals',
    allowed: PORTAL_IDS,
    atLeastOne: false,
    default: [],
    docs: 'Apps besides the NHS App that the practice supports: patient-access, systmonline, airmid, evergreen-life, mygp, patients-know-best. Defaults to none.',
  },
  contactPhone: {
    type: 'text',
    attribute: 'contact-phone',
    path: 'contact.phone',
    kind: 'phone',
    maxLength: 30,
    default: null,
    contact: { label: 'contactPhone', link: 'tel' },
    docs: "The practice's phone number.",
  },
  contactEmail: {
    type: 'text',
    attribute: 'contact-email',
    path: 'contact.email',
    kind: 'email',
    maxLength: 254,
    default: null,
    contact: { label: 'contactEmail', link: 'mailto' },
    docs: 'An email address patients can write to.',
  },
  contactSms: {
    type: 'text',
    attribute: 'contact-sms',
    path: 'contact.sms',
    kind: 'phone',
    maxLength: 30,
    default: null,
    contact: { label: 'contactSms', link: 'sms' },
    docs: 'A mobile number patients can send a text message to.',
  },
  contactOnlineForm: {
    type: 'text',
    attribute: 'contact-online-form',
    path: 'contact.onlineForm',
    kind: 'https',
    maxLength: 2000,
    default: null,
    contact: { label: 'contactOnlineForm', link: 'web' },
    docs: "The web address (https) of the practice's online contact form.",
  },
  contactBslVideoRelay: {
    type: 'text',
    attribute: 'contact-bsl-video-relay',
    path: 'contact.bslVideoRelay',
    kind: 'https',
    maxLength: 2000,
    default: null,
    contact: { label: 'contactBslVideoRelay', link: 'web' },
    docs: 'The web address (https) of a British Sign Language video relay service for the practice.',
  },
  registrationHours: {
    type: 'text',
    attribute: 'registration-hours',
    path: 'registrationHours',
    kind: 'text',
    maxLength: 300,
    default: null,
    docs: 'Plain text saying when to come in to register, e.g. "Weekdays, 2pm to 4pm".',
  },
  listenRate: {
    type: 'number',
    attribute: 'listen-rate',
    default: 1,
    docs: "Speed of reading aloud with the Listen button, 0.5 to 2 (1 is the voice's normal speed).",
  },
  stepHistory: {
    type: 'switch',
    attribute: 'step-history',
    default: 'on',
    docs: "on: each step is an entry in the browser's history, so the phone's Back and Forward move between steps and a reload returns to the step (the page's address never changes). off: no entries, for pages that manage the browser's history themselves. Defaults to on.",
  },
  quickExitUrl: {
    type: 'text',
    attribute: 'quick-exit-url',
    path: 'quickExitUrl',
    kind: 'https',
    maxLength: 2000,
    // A neutral, fast-loading page people commonly use as a quick exit in UK services.
    default: 'https://www.bbc.co.uk/weather',
    docs: 'Where the quick-exit button goes (https). Defaults to https://www.bbc.co.uk/weather.',
  },
  strings: {
    type: 'strings',
    path: 'strings',
    docs: 'Replacement text for any content id (widget/content/en-GB.ts), shown as plain text; English only. Given in the JSON block or the config property, not as an attribute.',
  },
  saveProgressDays: {
    type: 'text',
    attribute: 'save-progress-days',
    path: 'saveProgressDays',
    kind: 'days',
    maxLength: 3,
    default: 30,
    docs: "How many days answers are kept on the patient's device, 0 to 365; 0 turns saving off. Defaults to 30.",
  },
  uptakeEndpoint: {
    type: 'text',
    attribute: 'uptake-endpoint',
    path: 'uptakeEndpoint',
    kind: 'https',
    maxLength: 2000,
    default: null,
    docs: 'An https address that receives one body per visit, when it ends, by `navigator.sendBeacon` (see docs/uptake-events.md). Defaults to none: nothing is sent.',
  },
} as const satisfies Record<string, SettingDeclaration>;

export type SettingName = keyof typeof SETTINGS;

/** Settings the element has as attributes (and so as properties of the same name as the key). */
export type AttributeSettingName = { [K in SettingName]: (typeof SETTINGS)[K] extends { attribute: string } ? K : never }[SettingName];

/** Settings that are part of the practice configuration, with their JSON path. */
export type ConfigSettingName = { [K in SettingName]: (typeof SETTINGS)[K] extends { path: string } ? K : never }[SettingName];

export type TextSettingName = { [K in SettingName]: (typeof SETTINGS)[K] extends { type: 'text' } ? K : never }[SettingName];
export type ListSettingName = { [K in SettingName]: (typeof SETTINGS)[K] extends { type: 'list' } ? K : never }[SettingName];

type PathOf<K extends ConfigSettingName> = (typeof SETTINGS)[K]['path'];
/** The keys a contact setting has inside `contact` (`phone` for `contact.phone`). */
export type ContactKey = { [K in ConfigSettingName]: PathOf<K> extends `contact.${infer C}` ? C : never }[ConfigSettingName];
/** The top-level keys of a configuration object. */
export type TopLevelKey = { [K in ConfigSettingName]: PathOf<K> extends `contact.${string}` ? 'contact' : PathOf<K> }[ConfigSettingName];

/** The element's attribute-backed properties, typed: a string from the page, or the declared number. */
export type SettingProperties = {
  [K in AttributeSettingName]: (typeof SETTINGS)[K] extends { type: 'number' } ? number : string | null;
};

/** The declarations as [name, declaration] pairs, in declaration order. */
export function settingEntries(): [SettingName, SettingDeclaration][] {
  // for...in rather than Object.entries().map: a host page may have broken Array methods (SECURITY.md).
  const entries: [SettingName, SettingDeclaration][] = [];
  // Own keys only: a page may add enumerable keys to Object.prototype.
  for (const name in SETTINGS) if (Object.hasOwn(SETTINGS, name)) entries[entries.length] = [name as SettingName, SETTINGS[name as SettingName]];
  return entries;
}
