// Extension pages in Firefox have the promise-based `browser` namespace; tests evaluate code there.
import type { Browser } from 'webextension-polyfill';

declare global {
  const browser: Browser;
}
