/**
 * First paint without a flash of the original colours.
 *
 * The content script starts at document_start but must read storage asynchronously, and a page can
 * paint before the answer arrives. So the background also registers a static stylesheet (one file per
 * high-contrast theme) for exactly the sites whose settings ask for that theme; the browser applies it
 * before the first paint. As soon as the content script has read the settings and installed its own
 * live stylesheet, it retires the static one by marking the root element, because a registered
 * stylesheet cannot be removed from a page that has already loaded it (and the user may switch the
 * theme off live). Custom colours cannot be a static file, so they are applied by the content script only.
 *
 * Explain terms has a static stylesheet too: its ::highlight() rules, registered for the sites whose
 * settings have the aid on. Adding a ::highlight() stylesheet to a loaded page makes the browser restyle
 * every element once (47-81 ms on a 1 MB notes page); present from the first paint, the rules cost
 * nothing when the aid registers its highlights. Not for other sites: a page can read a highlight's
 * style by its name, so there it would give the extension away.
 */
import { DARK, LIGHT, colourThemeCss } from './aids/colour-theme.js';
import { TERM_HIGHLIGHT_CSS } from './explain-terms/ui-styles.js';
import { LAYER_ORDER, layeredCss } from './page-style.js';

export const FIRST_PAINT_THEMES = ['dark', 'light'] as const;
export type FirstPaintTheme = (typeof FIRST_PAINT_THEMES)[number];

const RETIRED_ATTRIBUTE = 'data-record-access-aids-first-paint';
const ROOT = `:root:not([${RETIRED_ATTRIBUTE}="retired"])`;
/** Set by the static stylesheet, so the content script can tell whether one is present. */
const MARKER = '--record-access-aids-first-paint';

export function firstPaintFile(theme: FirstPaintTheme): string {
  return `first-paint/${theme}.css`;
}

/** The static stylesheet for `theme`: the same rules as the live theme, in the same cascade layer. */
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

/**
 * Called once the live aids are in place: makes a registered first-paint stylesheet inert, if there is one.
 * Reading the marker is a getComputedStyle call, which forces a style pass over the whole half-parsed page
 * when made during loading: on a 10,000-row page that was about 0.4 s of main-thread time even with no aid on.
 * So the check waits until the page has loaded and painted, when the style is already up to date and the
 * read is free. Until then a first-paint stylesheet shows the same rules as the live theme that replaces it.
 */
export function retireFirstPaintStyle(): void {
  const retire = (): void => {
    const root = document.documentElement;
    if (getComputedStyle(root).getPropertyValue(MARKER).trim() !== '') root.setAttribute(RETIRED_ATTRIBUTE, 'retired');
  };
  const afterPaint = (): void => void requestAnimationFrame(() => setTimeout(retire, 0));
  if (document.readyState === 'complete') afterPaint();
  else window.addEventListener('load', afterPaint, { once: true });
}
