/**
 * The one message protocol between extension contexts. Every message is validated on arrival:
 * a message is data from another context, and content scripts live inside untrusted pages.
 */
import { isSiteOrigin, parseAidsPatch, parseStoredSettings, type Aids, type ReadableFont, type Settings } from './settings/schema.js';
import { isPlainObject } from '../shared/data/plain-object.js';

/** Which aids a change is for: the global ones, or one site's own. */
export type AidsScope = { kind: 'global' } | { kind: 'site'; origin: string };

export type Request =
  | { type: 'settings/get' }
  | { type: 'settings/update'; scope: AidsScope; patch: Partial<Aids> }
  /** Aids on or off for one site, and whether the site has its own aids (false drops them). */
  | { type: 'site/update'; origin: string; enabled?: boolean; ownAids?: boolean }
  /** Replaces all settings with an imported file's, already validated by the sender and checked again here. */
  | { type: 'settings/import'; stored: unknown }
  /** Start the content script in a tab whose site the user has just allowed. */
  | { type: 'site/activate'; tabId: number }
  /** Read-aloud in a tab: start reading in one of the ways, pause or resume, or stop. */
  | { type: 'readAloud/run'; tabId: number; command: ReadAloudCommand }
  /**
   * A readable font's files, read inside the extension, for a content script to hand to the FontFace API:
   * the page then never sees an extension URL it (or any other site) could fetch to detect the extension.
   */
  | { type: 'fonts/get'; font: BundledFont };

export type BundledFont = Exclude<ReadableFont, 'none'>;
const BUNDLED_FONTS: readonly BundledFont[] = ['atkinson', 'opendyslexic'];

/** One font file: its weight, and its bytes as base64 (messages are JSON in Chrome). */
export interface FontFileData {
  weight: number;
  base64: string;
}

/** What read-aloud can be asked to do in a tab. */
export const READ_ALOUD_COMMANDS = ['read-main', 'read-selection', 'read-from-here', 'read-table', 'pause-resume', 'stop'] as const;
export type ReadAloudCommand = (typeof READ_ALOUD_COMMANDS)[number];

/** Why read-aloud did not do what was asked, for a message in the popup. */
export const READ_ALOUD_REFUSALS = ['site-not-allowed', 'not-running', 'aids-off', 'no-selection', 'not-a-web-page'] as const;
export type ReadAloudRefusal = (typeof READ_ALOUD_REFUSALS)[number];
export type ReadAloudOutcome = { ok: true } | { ok: false; refusal: ReadAloudRefusal };

/**
 * From the background to a tab's content script: the read-aloud command, and whether to move focus to
 * the control bar (only when the person asked from the keyboard, so the bar is where they are).
 */
export interface ReadAloudTabMessage {
  type: 'readAloud/tab';
  command: ReadAloudCommand;
  focusBar: boolean;
}

export interface SettingsResult {
  settings: Settings;
  /** Set when settings had to be kept in this browser only (e.g. the sync quota was reached). */
  syncProblem?: string;
  /** True when stored settings were damaged and some were reset to their defaults on reading. */
  repaired?: boolean;
}

export interface ResponseMap {
  'settings/get': SettingsResult;
  'settings/update': SettingsResult;
  'site/update': SettingsResult;
  'settings/import': SettingsResult;
  'site/activate': { activated: boolean };
  'readAloud/run': ReadAloudOutcome;
  'fonts/get': FontFileData[];
}

export type ResponseTo<R extends Request> = ResponseMap[R['type']];

/**
 * The object's own fields only, in an object with no prototype: a field a payload did not carry itself
 * (one inherited, or added to Object.prototype) never counts as sent.
 */
function ownFields(raw: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(raw)) return undefined;
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) fields[key] = value;
  return fields;
}

function parseScope(raw: unknown): AidsScope | undefined {
  const scope = ownFields(raw);
  if (!scope) return undefined;
  if (scope.kind === 'global') return { kind: 'global' };
  if (scope.kind === 'site' && typeof scope.origin === 'string' && isSiteOrigin(scope.origin)) return { kind: 'site', origin: scope.origin };
  return undefined;
}

const isReadAloudCommand = (value: unknown): value is ReadAloudCommand => typeof value === 'string' && READ_ALOUD_COMMANDS.includes(value as ReadAloudCommand);
const isTabId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

const optionalBoolean = (value: unknown): value is boolean | undefined => value === undefined || typeof value === 'boolean';

/** Checks an incoming message's shape; returns the typed request or undefined. */
export function parseRequest(raw: unknown): Request | undefined {
  const message = ownFields(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'settings/get':
      return { type: 'settings/get' };
    case 'settings/update': {
      const scope = parseScope(message.scope);
      const patch = parseAidsPatch(message.patch);
      return scope && patch ? { type: 'settings/update', scope, patch } : undefined;
    }
    case 'site/update': {
      const { origin, enabled, ownAids } = message;
      if (typeof origin !== 'string' || !isSiteOrigin(origin) || !optionalBoolean(enabled) || !optionalBoolean(ownAids)) return undefined;
      const request: Request = { type: 'site/update', origin };
      if (enabled !== undefined) request.enabled = enabled;
      if (ownAids !== undefined) request.ownAids = ownAids;
      return request;
    }
    case 'settings/import':
      // Only a file that parses without a single problem may replace the user's settings.
      return parseStoredSettings(message.stored).problems.length === 0 && message.stored !== undefined
        ? { type: 'settings/import', stored: message.stored }
        : undefined;
    case 'site/activate':
      return typeof message.tabId === 'number' && Number.isInteger(message.tabId) && message.tabId >= 0
        ? { type: 'site/activate', tabId: message.tabId }
        : undefined;
    case 'readAloud/run':
      return isTabId(message.tabId) && isReadAloudCommand(message.command)
        ? { type: 'readAloud/run', tabId: message.tabId, command: message.command }
        : undefined;
    case 'fonts/get':
      return BUNDLED_FONTS.includes(message.font as BundledFont) ? { type: 'fonts/get', font: message.font as BundledFont } : undefined;
    default:
      return undefined;
  }
}

/** Checks the background's answer to `fonts/get`; anything else is no fonts. */
export function parseFontFiles(raw: unknown): FontFileData[] {
  if (!Array.isArray(raw) || raw.length > 4) return [];
  const files: FontFileData[] = [];
  for (const entry of raw) {
    const fields = ownFields(entry);
    if (!fields || (fields.weight !== 400 && fields.weight !== 700) || typeof fields.base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(fields.base64))
      return [];
    files.push({ weight: fields.weight, base64: fields.base64 });
  }
  return files;
}

/** Checks a message arriving in the content script; returns it typed, or undefined. */
export function parseReadAloudTabMessage(raw: unknown): ReadAloudTabMessage | undefined {
  const fields = ownFields(raw);
  if (!fields) return undefined;
  const { type, command, focusBar } = fields;
  return type === 'readAloud/tab' && isReadAloudCommand(command) && typeof focusBar === 'boolean' ? { type, command, focusBar } : undefined;
}

/** Checks the content script's answer (it lives in an untrusted page); anything else counts as not running. */
export function parseReadAloudOutcome(raw: unknown): ReadAloudOutcome {
  const fields = ownFields(raw);
  if (fields) {
    const { ok, refusal } = fields;
    if (ok === true) return { ok: true };
    if (ok === false && READ_ALOUD_REFUSALS.includes(refusal as ReadAloudRefusal)) return { ok: false, refusal: refusal as ReadAloudRefusal };
  }
  return { ok: false, refusal: 'not-running' };
}
