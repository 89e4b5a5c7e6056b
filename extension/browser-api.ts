/**
 * The one door to the WebExtension API. Every extension module imports `browser` from here, so the
 * polyfill (promise-based `browser.*` on Chrome too) is loaded once and can be swapped in one place.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
