import { contrastRatio, parseColor } from '../../shared/a11y/contrast.js';
import { FONTS } from '../content/aids/fonts.js';
import { paletteFor } from '../content/aids/colour-theme.js';
import type { Aids } from '../settings/schema.js';

const STYLE_ID = 'rak-ui-aids';

/**
 * The colours the extension's own pages take from the user's theme. Custom colours below 4.5:1 are not
 * followed, so the page where the user fixes them always stays readable.
 */
function uiPalette(aids: Aids): ReturnType<typeof paletteFor> {
  const palette = paletteFor(aids);
  if (!palette || aids.colourTheme !== 'custom') return palette;
  const text = parseColor(palette.text);
  const background = parseColor(palette.background);
  return text && background && contrastRatio(text, background) >= 4.5 ? palette : undefined;
}

/**
 * The popup and options page follow the user's own global aids: colours, text size, spacing and font.
 * One <style> on the extension page sets inherited custom properties that ui-styles.ts reads.
 */
export function uiAidsCss(aids: Aids): string {
  const rules: string[] = [];
  const vars: string[] = [];
  const palette = uiPalette(aids);
  // Under the system's forced colours the theme stands down, as it does on web pages: left in place, its
  // colours still reach properties forced colours do not replace (such as -webkit-text-fill-color).
  const colours = palette
    ? [
        `--rak-ui-text: ${palette.text}`,
        `--rak-ui-secondary-text: ${palette.text}`,
        `--rak-ui-background: ${palette.background}`,
        `--rak-ui-accent: ${palette.link}`,
        `--rak-ui-error: ${palette.text}`,
        `--rak-ui-on-accent: ${palette.background}`,
      ]
    : [];
  if (aids.readableFont !== 'none') {
    const { family, files } = FONTS[aids.readableFont];
    for (const { weight, file } of files) rules.push(`@font-face { font-family: "${family}"; font-weight: ${weight}; src: url("${file}") format("woff2"); }`);
    vars.push(`--rak-ui-font: "${family}", system-ui, sans-serif`);
  }
  if (aids.textSpacing !== 'none') {
    const wide = aids.textSpacing === 'wide';
    vars.push(`--rak-ui-line-height: ${wide ? 1.8 : 1.5}`);
    rules.push(`html { letter-spacing: ${wide ? 0.16 : 0.12}em; word-spacing: ${wide ? 0.32 : 0.16}em; }`);
  }
  rules.push(`html { font-size: ${aids.textSize}%; ${vars.map((v) => `${v};`).join(' ')} }`);
  if (palette) {
    rules.push(`@media not (forced-colors: active) { html { ${colours.map((v) => `${v};`).join(' ')} } html, body { background: ${palette.background}; } }`);
  }
  return rules.join('\n');
}

export function applyUiAids(aids: Aids): void {
  let style = document.getElementById(STYLE_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.head.append(style);
  }
  style.textContent = uiAidsCss(aids);
  document.documentElement.dataset.rakTheme = aids.colourTheme;
}
