import { parseColor, relativeLuminance } from '../../../shared/a11y/contrast.js';
import type { Aids } from '../../settings/schema.js';
import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

export interface Palette {
  text: string;
  background: string;
  link: string;
  /** Behind images, so transparent icons drawn for a light page stay visible. */
  imageBackdrop: string;
  selectionText: string;
  selectionBackground: string;
}

/** High contrast dark: white on black (21:1), links yellow (19.6:1). */
export const DARK: Palette = { text: '#ffffff', background: '#000000', link: '#ffff00', imageBackdrop: '#ffffff', selectionText: '#000000', selectionBackground: '#ffff00' };
/** High contrast light: black on white (21:1), links dark blue (15.3:1). */
export const LIGHT: Palette = { text: '#000000', background: '#ffffff', link: '#00008b', imageBackdrop: '#ffffff', selectionText: '#ffffff', selectionBackground: '#00008b' };

function customPalette(text: string, background: string): Palette {
  const bg = parseColor(background);
  const darkBackground = bg ? relativeLuminance(bg) < 0.18 : false;
  return { text, background, link: text, imageBackdrop: darkBackground ? '#ffffff' : background, selectionText: background, selectionBackground: text };
}

export function paletteFor(aids: Aids): Palette | undefined {
  switch (aids.colourTheme) {
    case 'dark':
      return DARK;
    case 'light':
      return LIGHT;
    case 'custom':
      return customPalette(aids.customText, aids.customBackground);
    case 'none':
      return undefined;
  }
}

/**
 * One stylesheet for the whole page: every element gets the palette's text and background, links
 * and controls keep visible outlines, and images keep their own colours. It stands down when the
 * system already forces colours, which the user chose on purpose.
 */
export function colourThemeCss(p: Palette, root = ':root', extra = ''): string {
  return `
@media not (forced-colors: active) {
  ${root}, ${root} *, ${root} *::before, ${root} *::after {${extra}
    background-color: ${p.background} !important;
    color: ${p.text} !important;
    border-color: ${p.text} !important;
    background-image: none !important;
    text-shadow: none !important;
  }
  ${root} *:not(:focus-visible) { box-shadow: none !important; }
  ${root} :is(img, picture, video, canvas, image) { background-color: ${p.imageBackdrop} !important; }
  ${root} ::placeholder { color: ${p.text} !important; opacity: 0.85 !important; }
  ${root} :is(a, a *) { color: ${p.link} !important; }
  ${root} a { text-decoration: underline !important; }
  ${root} :is(input, select, textarea, button, [role="button"]) { border: 2px solid ${p.text} !important; }
  ${root} :is(button, [role="button"], input[type="submit"], input[type="button"]) { text-decoration: underline !important; }
  ${root} :is(input[type="checkbox"], input[type="radio"]) { accent-color: ${p.link} !important; }
  ${root} :focus-visible { outline: 3px solid ${p.link} !important; outline-offset: 2px !important; }
  ${root} ::selection { background-color: ${p.selectionBackground} !important; color: ${p.selectionText} !important; }
  ${root} :disabled { opacity: 0.8 !important; }
}`;
}

export const colourTheme: Aid = {
  id: 'colour-theme',
  configKey: (aids) => {
    const palette = paletteFor(aids);
    return palette ? JSON.stringify(palette) : undefined;
  },
  start(aids, signal) {
    const palette = paletteFor(aids);
    if (palette) installPageStyle('colour-theme', colourThemeCss(palette), signal);
  },
};
