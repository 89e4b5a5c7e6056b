import { FIRST_PAINT_THEMES } from '../content/first-paint.js';
import { effectiveAids, type Aids, type Settings } from '../settings/schema.js';

export interface FirstPaintRegistration {
  theme: (typeof FIRST_PAINT_THEMES)[number];
  matches: string[];
  excludeMatches: string[];
}

/** Where one static stylesheet is registered. */
export interface SheetPatterns {
  matches: string[];
  excludeMatches: string[];
}

/**
 * Which pages get a static stylesheet that `wants` the aids: the granted patterns when the global aids
 * want it, plus sites whose own settings want it; minus sites whose own settings (or "off") do not.
 * `sitePattern` gives a site's match pattern when the site is within the granted patterns, else undefined.
 * Undefined when no page wants it.
 */
function sheetPatterns(
  settings: Settings,
  granted: string[],
  sitePattern: (origin: string) => string | undefined,
  wants: (aids: Aids | undefined) => boolean,
): SheetPatterns | undefined {
  const globally = wants(settings.global);
  const matches = globally ? [...granted] : [];
  const excludeMatches: string[] = [];
  for (const origin of Object.keys(settings.sites)) {
    const pattern = sitePattern(origin);
    if (pattern === undefined) continue;
    const wanted = wants(effectiveAids(settings, origin));
    // Under the global setting an allowed site is already covered by the granted patterns.
    // In Firefox two ports of one host share a pattern; the content script corrects the other port.
    if (wanted && !globally && !matches.includes(pattern)) matches.push(pattern);
    if (!wanted && globally && !excludeMatches.includes(pattern)) excludeMatches.push(pattern);
  }
  return matches.length > 0 ? { matches, excludeMatches } : undefined;
}

/** Which pages get which first-paint high-contrast stylesheet (see first-paint.ts). */
export function firstPaintRegistrations(settings: Settings, granted: string[], sitePattern: (origin: string) => string | undefined): FirstPaintRegistration[] {
  const registrations: FirstPaintRegistration[] = [];
  for (const theme of FIRST_PAINT_THEMES) {
    const patterns = sheetPatterns(settings, granted, sitePattern, (aids) => aids?.colourTheme === theme);
    if (patterns) registrations.push({ theme, ...patterns });
  }
  return registrations;
}

/**
 * Which pages get the explain-terms highlight stylesheet from the start: only those whose aids have
 * explain terms on, because a page can read a ::highlight() rule's style by name (getComputedStyle),
 * so on any other page it would give the extension away.
 */
export function termStyleRegistration(settings: Settings, granted: string[], sitePattern: (origin: string) => string | undefined): SheetPatterns | undefined {
  return sheetPatterns(settings, granted, sitePattern, (aids) => aids?.explainTerms === true);
}
