import { browser } from '../browser-api.js';

/** Every key in the English messages file; a typo in a key is a type error. */
export type MessageKey = keyof typeof import('../_locales/en_GB/messages.json');

/** The UI string for `key` in the browser's language, falling back to en_GB (the default_locale). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
