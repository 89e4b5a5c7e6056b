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

/** Every content aid for a page, in the order they are started; `portal` is the page's known-portal profile. */
export function aidsFor(portal: PortalProfile | undefined): readonly Aid[] {
  return [
    colourTheme,
    portalFixes(portal),
    textSize,
    textSpacing,
    readableFont,
    underlineLinks,
    strongFocus,
    stopAnimations,
    largeCursor,
    readingRuler(() => portal?.mainContent ?? DEFAULT_MAIN_CONTENT),
    explainTerms(() => portal?.mainContent ?? DEFAULT_MAIN_CONTENT, localeStrings),
  ];
}
