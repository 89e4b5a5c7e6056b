import { browser } from './browser-api.js';
import { originPattern, patternDialect } from './match-pattern.js';

const dialect = patternDialect(browser.runtime.getURL(''));

/** This browser's match pattern for every page of `origin`, or undefined for pages that are not http(s). */
export function sitePattern(origin: string): string | undefined {
  return originPattern(origin, dialect);
}

/** Whether the user has allowed aids on `origin` (granted host access to it). */
export async function siteAllowed(origin: string): Promise<boolean> {
  const pattern = sitePattern(origin);
  return pattern !== undefined && browser.permissions.contains({ origins: [pattern] });
}
