/**
 * First paint without a flash of the original colours.
 *
 * The content script starts at document_start but must read storage asynchronously, and a page can
 * paint before the answer arrives. So the background also registers a static stylesheet (one file per
 * high-contrast theme) for exactly the sites whose settings ask for that theme; the browser applies it
 * before the first paint. The content script keeps it while the theme stays the same and retires it by
 * marking the root element when the theme changes (first-paint-sheet.ts), because a registered
 * stylesheet cannot be removed from a page that has already loaded it. Custom colours cannot be a static
 * file, so they are applied by the content script only.
 *
 * Explain terms has a static stylesheet too: its ::highlight() rules, registered for the sites whose
 * settings have the aid on. Adding a ::highlight() stylesheet to a loaded page makes the browser restyle
 * every element once (47-81 ms on a 1 MB notes page); present from the first paint, the rules cost
 * nothing when the aid registers its highlights. Not for other sites: a page can read a highlight's
 * style by its name, so there it would give the extension away.
 */
import { DARK, LIGHT, colourThemeCss } from './aids/colour-theme.js';
import { TERM_HIGHLIGHT_CSS } from './explain-terms/ui-styles.js';
import { MARKER, RETIRED_ATTRIBUTE } from './first-paint-sheet.js';
import { LAYER_ORDER, layeredCss } from './page-style.js';

export const FIRST_PAINT_THEMES = ['dark', 'light'] as const;
export type FirstPaintTheme = (typeof FIRST_PAINT_THEMES)[number];

const ROOT = `:root:not([${RETIRED_ATTRIBUTE}="retired"])`;

export function firstPaintFile(theme: FirstPaintTheme): string {
  return `first-paint/${theme}.css`;
}

/**
 * The static stylesheet for `theme`: the live theme's base rules, in the same cascade layer. Not the selection
 * colours: behind the gate they would cost every style pass dearly (colourThemeSelectionCss), and the aid adds
 * them as soon as it has read the settings.
 */
export function firstPaintCss(theme: FirstPaintTheme): string {
  const palette = theme === 'dark' ? DARK : LIGHT;
  return `@layer ${LAYER_ORDER.map((id) => `record-access-aids-${id}`).join(', ')};
@layer record-access-aids-colour-theme {
${ROOT} { ${MARKER}: ${theme}; }
${colourThemeCss(palette, ROOT, `:where(${ROOT}) `)}
}
`;
}

export const FIRST_PAINT_TERMS_FILE = 'first-paint/explain-terms.css';

/** The explain-terms highlight rules, in the aid's cascade layer as the content script would add them. */
export function firstPaintTermsCss(): string {
  return layeredCss('explain-terms', TERM_HIGHLIGHT_CSS);
}
