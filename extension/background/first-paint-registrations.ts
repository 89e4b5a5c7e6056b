import { FIRST_PAINT_THEMES } from '../content/first-paint.js';
import { effectiveAids, type Settings } from '../settings/schema.js';

export interface FirstPaintRegistration {
  theme: (typeof FIRST_PAINT_THEMES)[number];
  matches: string[];
  excludeMatches: string[];
}

/**
 * Which pages get which first-paint stylesheet: the granted patterns when the global theme is that
 * theme, plus sites whose own settings choose it; minus sites whose own settings (or "off") differ.
 * `sitePattern` gives a site's match pattern when the site is within the granted patterns, else undefined.
 */
export function firstPaintRegistrations(settings: Settings, granted: string[], sitePattern: (origin: string) => string | undefined): FirstPaintRegistration[] {
  const registrations: FirstPaintRegistration[] = [];
  for (const theme of FIRST_PAINT_THEMES) {
    const matches = settings.global.colourTheme === theme ? [...granted] : [];
    const excludeMatches: string[] = [];
    for (const origin of Object.keys(settings.sites)) {
      const pattern = sitePattern(origin);
      if (pattern === undefined) continue;
      const wants = effectiveAids(settings, origin)?.colourTheme === theme;
      // Under the global theme an allowed site is already covered by the granted patterns.
      // In Firefox two ports of one host share a pattern; the content script corrects the other port.
      if (wants && settings.global.colourTheme !== theme && !matches.includes(pattern)) matches.push(pattern);
      if (!wants && settings.global.colourTheme === theme && !excludeMatches.includes(pattern)) excludeMatches.push(pattern);
    }
    if (matches.length > 0) registrations.push({ theme, matches, excludeMatches });
  }
  return registrations;
}
