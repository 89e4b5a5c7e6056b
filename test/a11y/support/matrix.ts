/** The axes the accessibility suite checks every page on, declared once for all its spec files. */
import { COLOUR_THEMES, SETTINGS } from '../../../extension/aid-catalogue.js';

/** The narrowest width WCAG 1.4.10 asks for, and a desktop window. */
export const WIDTHS = [
  { name: '320 px', viewport: { width: 320, height: 640 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** Every colour theme a person can pick in the extension (its catalogue), the custom one with its default colours. */
export const EXTENSION_THEMES: readonly { colourTheme: string; customText?: string; customBackground?: string }[] = COLOUR_THEMES.map((colourTheme) =>
  colourTheme === 'custom' ? { colourTheme, customText: SETTINGS.customText.default, customBackground: SETTINGS.customBackground.default } : { colourTheme },
);
