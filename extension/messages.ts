/**
 * The one message protocol between extension contexts. Every message is validated on arrival:
 * a message is data from another context, and content scripts live inside untrusted pages.
 */
import { parseSettingsPatch, type Settings } from './settings/schema.js';

export type Request =
  | { type: 'settings/get' }
  | { type: 'settings/update'; patch: Partial<Settings> }
  /** Start the content script in a tab whose site the user has just allowed. */
  | { type: 'site/activate'; tabId: number };

export interface ResponseMap {
  'settings/get': Settings;
  'settings/update': Settings;
  'site/activate': { activated: boolean };
}

export type ResponseTo<R extends Request> = ResponseMap[R['type']];

/** Checks an incoming message's shape; returns the typed request or undefined. */
export function parseRequest(raw: unknown): Request | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'settings/get':
      return { type: 'settings/get' };
    case 'settings/update': {
      const patch = parseSettingsPatch(message.patch);
      return patch ? { type: 'settings/update', patch } : undefined;
    }
    case 'site/activate':
      return typeof message.tabId === 'number' && Number.isInteger(message.tabId) && message.tabId >= 0
        ? { type: 'site/activate', tabId: message.tabId }
        : undefined;
    default:
      return undefined;
  }
}
