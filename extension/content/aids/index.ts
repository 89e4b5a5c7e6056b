import { RUNNER_AIDS, type RunnerAidId } from '../../aid-catalogue.js';
import { DEFAULT_MAIN_CONTENT, type PortalProfile } from '../../portals/profiles.js';
import type { Aid } from '../aid-runner.js';
import { localeStrings } from '../explain-terms/locale-strings.js';
import { colourTheme } from './colour-theme.js';
import { explainTerms } from './explain-terms.js';
import { largeCursor } from './large-cursor.js';
import { portalFixes } from './portal-fixes.js';
import { readableFont } from './readable-font.js';
import { readingRuler } from './reading-ruler.js';
import { stopAnimations } from './stop-animations.js';
import { strongFocus } from './strong-focus.js';
import { textSize } from './text-size.js';
import { textSpacing } from './text-spacing.js';
import { underlineLinks } from './underline-links.js';

/**
 * The code of each aid the runner starts, by its id in aid-catalogue.ts: a declared aid with no entry
 * here (or an entry with no declaration) is a type error. `portal` is the page's known-portal profile.
 */
const RUNNERS: { [Id in RunnerAidId]: (portal: PortalProfile | undefined) => Aid } = {
  'colour-theme': () => colourTheme,
  'portal-fixes': (portal) => portalFixes(portal),
  'text-size': () => textSize,
  'text-spacing': () => textSpacing,
  'readable-font': () => readableFont,
  'reading-ruler': (portal) => readingRuler(() => portal?.mainContent ?? DEFAULT_MAIN_CONTENT),
  'strong-focus': () => strongFocus,
  'underline-links': () => underlineLinks,
  'stop-animations': () => stopAnimations,
  'large-cursor': () => largeCursor,
  'explain-terms': (portal) => explainTerms(() => portal?.mainContent ?? DEFAULT_MAIN_CONTENT, localeStrings),
};

/** Every content aid for a page, in the order they are started (the catalogue's). */
export function aidsFor(portal: PortalProfile | undefined): readonly Aid[] {
  return RUNNER_AIDS.map((aid) => RUNNERS[aid.id](portal));
}
