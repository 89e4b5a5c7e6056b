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
 * `siteAllowed` says whether a site origin is within the granted patterns.
 */
export function firstPaintRegistrations(settings: Settings, granted: string[], siteAllowed: (origin: string) => boolean): FirstPaintRegistration[] {
  const registrations: FirstPaintRegistration[] = [];
  for (const theme of FIRST_PAINT_THEMES) {
    const matches = settings.global.colourTheme === theme ? [...granted] : [];
    const excludeMatches: string[] = [];
    for (const origin of Object.keys(settings.sites)) {
      if (!siteAllowed(origin)) continue;
      const wants = effectiveAids(settings, origin)?.colourTheme === theme;
      // Under the global theme an allowed site is already covered by the granted patterns.
      if (wants && settings.global.colourTheme !== theme) matches.push(`${origin}/*`);
      if (!wants && settings.global.colourTheme === theme) excludeMatches.push(`${origin}/*`);
    }
    if (matches.length > 0) registrations.push({ theme, matches, excludeMatches });
  }
  return registrations;
}

