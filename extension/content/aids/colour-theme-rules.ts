/**
 * The second half of the colour theme: rules derived from the page's own stylesheets, once per
 * stylesheet (cost per rule, not per element), for what plain CSS cannot tell apart:
 *
 * - a rule that paints a background (a button, badge, tag, card, header) gets the theme's background
 *   and an outline in the text colour, so the thing stays a visible box; transparent layers (the
 *   clickable ::after of a card link) are never painted, so they never cover what is under them;
 * - a rule that colours a border, or the text of a pseudo-element, gets the theme's text colour;
 * - a rule that sets an SVG fill or stroke gets currentColor, so icons follow the text;
 * - a gradient background is removed but its box kept, as a filled one is, and a repeating image
 *   (a texture behind text) is removed, while single images (chevrons, ticks) are kept.
 *
 * Each derived rule keeps the page's own selectors and comes after the theme's base rules, which have the
 * specificity of their bare selectors (the universal one none), so it wins where it refines them.
 * Stylesheets from other origins cannot be read; there the base theme applies alone.
 */
import type { Palette } from './colour-theme.js';

const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\)|initial|inherit|unset|none|)$/;
const PSEUDO_ELEMENT = /(::?(?:before|after|marker|placeholder|first-line|first-letter|backdrop|file-selector-button))$/i;
/** The page's root and body backgrounds are the theme's own base rule. */
const ROOT_SELECTOR = /^(html|body|:root)$/i;

/** Splits a selector list at its top-level commas. */
function selectorsOf(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * The page's own selectors, as they are: each is filed by the browser under its last part's id, class or
 * tag, so only the elements it could match test it (a `:root :is(...)` wrapper would be filed as universal
 * and tested against every element in every style pass). Root and body are left to the theme's base rule.
 */
function kept(selectors: string[]): string {
  return selectors.filter((selector) => !ROOT_SELECTOR.test(selector)).join(', ');
}

/** The theme's declarations for one of the page's rules, from the properties it declares (read once each). */
function declarationsFor(style: CSSStyleDeclaration, isPseudo: boolean, p: Palette): string {
  let filled = false;
  let gradient = false;
  let repeatingImage = false;
  let imageRepeats = true;
  let border = false;
  let colour = false;
  let fill = false;
  let stroke = false;
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    // Most rules set nothing the theme cares about: the first letter rules them out cheaply.
    const first = name.charCodeAt(0);
    if (first !== 98 /* b */ && first !== 99 /* c */ && first !== 102 /* f */ && first !== 115 /* s */) continue;
    if (name === 'background-color') filled ||= !TRANSPARENT.test(style.getPropertyValue(name).trim());
    else if (name === 'background-image') {
      const image = style.getPropertyValue(name);
      gradient ||= image.includes('gradient(');
      repeatingImage ||= image.includes('url(');
    } else if (name === 'background-repeat-x' || name === 'background-repeat-y' || name === 'background-repeat')
      imageRepeats &&= !style.getPropertyValue(name).includes('no-repeat');
    else if (name.startsWith('border-') && name.endsWith('-color')) border ||= !TRANSPARENT.test(style.getPropertyValue(name).trim());
    else if (name === 'color') colour = isPseudo && !TRANSPARENT.test(style.getPropertyValue(name).trim());
    else if (name === 'fill') fill = style.getPropertyValue(name).trim() !== 'none';
    else if (name === 'stroke') stroke = style.getPropertyValue(name).trim() !== 'none';
  }
  // A repeating image is a texture behind text (old portals draw bars this way); a single one is an icon, kept.
  const texture = repeatingImage && imageRepeats;
  const out: string[] = [];
  if (filled || gradient)
    out.push(`background-color: ${p.background} !important`, `outline: 2px solid ${p.text} !important`, 'outline-offset: -2px !important');
  if (gradient || texture) out.push('background-image: none !important');
  if (border) out.push(`border-color: ${p.text} !important`);
  if (colour) out.push(`color: ${p.text} !important`);
  if (fill) out.push('fill: currentColor !important');
  if (stroke) out.push('stroke: currentColor !important');
  return out.join('; ');
}

function rulesCss(rules: CSSRuleList, p: Palette): string {
  let css = '';
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      const selectors = selectorsOf(rule.selectorText);
      const isPseudo = selectors.some((s) => PSEUDO_ELEMENT.test(s));
      const declarations = declarationsFor(rule.style, isPseudo, p);
      const selector = declarations ? kept(selectors) : '';
      if (selector) css += `${selector} { ${declarations}; }\n`;
    } else if (rule instanceof CSSMediaRule) {
      const inner = rulesCss(rule.cssRules, p);
      if (inner) css += `@media ${rule.conditionText} {\n${inner}}\n`;
    } else if (rule instanceof CSSSupportsRule) {
      const inner = rulesCss(rule.cssRules, p);
      if (inner) css += `@supports ${rule.conditionText} {\n${inner}}\n`;
    } else if (rule instanceof CSSLayerBlockRule) {
      css += rulesCss(rule.cssRules, p);
    }
  }
  return css;
}

/**
 * The derived rules for every readable stylesheet of the document except the extension's own.
 * `cache` keeps each stylesheet's result, so a later call costs only the stylesheets added since.
 */
export function derivedThemeCss(doc: Document, p: Palette, cache: WeakMap<CSSStyleSheet, string>): string {
  let css = '';
  for (const sheet of doc.styleSheets) {
    const owner = sheet.ownerNode;
    if (owner instanceof Element && owner.hasAttribute('data-record-access-aid')) continue;
    let derived = cache.get(sheet);
    if (derived === undefined) {
      try {
        derived = rulesCss(sheet.cssRules, p);
      } catch {
        // A stylesheet from another origin: its rules cannot be read, and the base theme covers it.
        derived = '';
      }
      cache.set(sheet, derived);
    }
    css += derived;
  }
  return css;
}
