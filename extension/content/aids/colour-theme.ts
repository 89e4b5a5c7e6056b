import { parseColor, relativeLuminance } from '../../../shared/a11y/contrast.js';
import type { Aids } from '../../settings/schema.js';
import type { Aid } from '../aid-runner.js';
import { installPageStyle, layeredCss } from '../page-style.js';
import { firstPaintProvides } from '../first-paint-sheet.js';
import { derivedThemeCss } from './colour-theme-rules.js';

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
export const DARK: Palette = {
  text: '#ffffff',
  background: '#000000',
  link: '#ffff00',
  imageBackdrop: '#ffffff',
  selectionText: '#000000',
  selectionBackground: '#ffff00',
};
/** High contrast light: black on white (21:1), links dark blue (15.3:1). */
export const LIGHT: Palette = {
  text: '#000000',
  background: '#ffffff',
  link: '#00008b',
  imageBackdrop: '#ffffff',
  selectionText: '#ffffff',
  selectionBackground: '#00008b',
};

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
 * The theme's base rules, modelled on forced colours: the page gets the palette's background, and
 * every element the palette's text colour (links their own) and border colour, but element
 * backgrounds become transparent rather than painted, and pseudo-elements are not painted at all, so
 * a transparent layer over a card or button (its hit area) stays transparent. Icons drawn with SVG
 * shapes follow the text colour. What needs the page's own rules to tell apart (which boxes were
 * filled, which borders and fills were set) is added by `derivedThemeCss`. It stands down when the
 * system already forces colours, which the user chose on purpose.
 *
 * Speed: every style pass tests each element against the rules in its buckets (by id, class, tag and
 * attribute of the selector's last part) plus every universal rule. So there is one universal rule
 * (`*`), and the rest name their elements (no `:is()` lists, which the browser files as universal).
 * `scope` is empty in the live stylesheet and, in the first-paint one, a zero-specificity `:where()` gate
 * that lets the content script retire it (all rules here have the specificity of their own selector, so
 * the page-derived rules, which come later, win every tie). The gate's walk to the root costs little
 * (measured: under 10 ms of a 280 ms full pass on a 10,000-row page); the selection colours, which it
 * would make costly, are a bare rule of their own (`colourThemeSelectionCss`).
 */
export function colourThemeCss(p: Palette, root = ':root', scope = ''): string {
  const each = (selectors: readonly string[]): string => selectors.map((selector) => `${scope}${selector}`).join(', ');
  const shapes = ['path', 'circle', 'rect', 'ellipse', 'polygon', 'polyline', 'line', 'text', 'use'].map((shape) => `svg ${shape}:not([fill="none"])`);
  return `
@media not (forced-colors: active) {
  ${root}, ${each(['body'])} {
    background-color: ${p.background} !important;
    color: ${p.text} !important;
  }
  ${each(['*'])} {
    color: inherit !important;
    background-color: transparent !important;
    border-color: ${p.text} !important;
    text-shadow: none !important;
  }
  ${each(['a[href]'])} { color: ${p.link} !important; text-decoration-line: underline !important; }
  ${each(shapes)} { fill: currentColor !important; }
  ${each(['svg [stroke]:not([stroke="none"])'])} { stroke: currentColor !important; }
  ${each(['img', 'video', 'canvas'])} { background-color: ${p.imageBackdrop} !important; }
  ${each(['input', 'select', 'textarea'])} { border: 2px solid ${p.text} !important; background-color: ${p.background} !important; }
  ${each(['input[type="checkbox"]', 'input[type="radio"]'])} { accent-color: ${p.link} !important; }
  ${each(['input::placeholder', 'textarea::placeholder'])} { color: ${p.text} !important; opacity: 0.85 !important; }
  ${each(['button:disabled', 'input:disabled', 'select:disabled', 'textarea:disabled', 'option:disabled', 'optgroup:disabled', 'fieldset:disabled'])} { opacity: 0.8 !important; }
}`;
}

/**
 * The selected text's colours: a rule of its own, never behind a gate. Chromium resolves the selection style
 * of every element in every style pass once any `::selection` rule names more than the pseudo-element (such
 * as the first-paint sheet's `:where(:root…) ::selection`), and only then: on a 10,000-row page that was
 * 150 ms of each full pass (430 against 280 ms), while the gated universal rule costs under 10 ms. So the aid
 * adds this rule itself, bare, in every page the theme is on, and takes it away with the theme.
 */
export function colourThemeSelectionCss(p: Palette): string {
  return `@media not (forced-colors: active) {
  ::selection { background-color: ${p.selectionBackground} !important; color: ${p.selectionText} !important; }
}`;
}

/** The focus outline, in a stronger layer than the theme's derived outlines so it always shows on the focused control. */
export function colourThemeFocusCss(p: Palette): string {
  return `@media not (forced-colors: active) {
  :root :focus-visible { outline: 3px solid ${p.link} !important; outline-offset: 2px !important; }
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
    if (!palette) return;
    installPageStyle('colour-theme-focus', colourThemeFocusCss(palette), signal);
    // The page-derived rules must come after the base rules, to win the ties between them.
    installPageStyle('colour-theme', colourThemeSelectionCss(palette), signal, 'colour-theme-selection');
    const derived = installPageStyle('colour-theme', '', signal);
    if (!derived) return;
    const installBase = (): void => {
      const base = installPageStyle('colour-theme', colourThemeCss(palette), signal, 'colour-theme-base');
      if (base && derived.isConnected) derived.before(base);
    };
    // In a page that loaded with this theme on, the first-paint stylesheet already holds the base rules.
    if (!firstPaintProvides(aids.colourTheme, signal, installBase)) installBase();
    const cache = new WeakMap<CSSStyleSheet, string>();
    let scheduled = false;
    // Once now, and again as stylesheets arrive (cheap: cached per stylesheet, one restyle per update).
    const refresh = (): void => {
      scheduled = false;
      if (signal.aborted) return;
      const css = derivedThemeCss(document, palette, cache);
      const text = layeredCss('colour-theme', `@media not (forced-colors: active) {\n${css}}`);
      if (derived.textContent !== text) derived.textContent = text;
    };
    const schedule = (): void => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(refresh);
    };
    refresh();
    // Stylesheet <link>s fire load (captured, they do not bubble); <style> and <link> elements added later are seen by the observer.
    document.addEventListener('load', (event) => event.target instanceof HTMLLinkElement && schedule(), { capture: true, signal });
    document.addEventListener('DOMContentLoaded', schedule, { signal });
    const observer = new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n instanceof HTMLStyleElement || n instanceof HTMLLinkElement))) schedule();
    });
    observer.observe(document.head ?? document.documentElement, { childList: true });
    if (!document.head) document.addEventListener('DOMContentLoaded', () => document.head && observer.observe(document.head, { childList: true }), { signal });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  },
};
