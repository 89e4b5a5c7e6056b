import { browser } from '../../browser-api.js';
import type { ReadableFont } from '../../settings/schema.js';
import { FONTS } from './fonts.js';
import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

/** Icon fonts and code keep their own faces: swapping them would turn icons into letters. */
const KEEP_OWN_FONT = 'i, [class*="icon"], [class*="Icon"], [aria-hidden="true"], code, pre, kbd, samp, .material-icons, .material-symbols-outlined';

export function readableFontCss(font: Exclude<ReadableFont, 'none'>, urlOf: (file: string) => string): string {
  const { family, files } = FONTS[font];
  const faces = files
    .map(({ weight, file }) => `@font-face { font-family: "${family}"; font-weight: ${weight}; font-style: normal; font-display: swap; src: url("${urlOf(file)}") format("woff2"); }`)
    .join('\n');
  return `${faces}
:root body, :root body *:not(${KEEP_OWN_FONT}) { font-family: "${family}", system-ui, sans-serif !important; }`;
}

export const readableFont: Aid = {
  id: 'readable-font',
  configKey: (aids) => (aids.readableFont === 'none' ? undefined : aids.readableFont),
  start(aids, signal) {
    if (aids.readableFont === 'none') return;
    installPageStyle('readable-font', readableFontCss(aids.readableFont, (file) => browser.runtime.getURL(file)), signal);
  },
};
