import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

/**
 * Long words and fixed rows of links (a bottom navigation, a table header) must not push the page
 * sideways once text is larger or wider (WCAG 1.4.10): a word may break where it would otherwise
 * overflow. One inherited property on the body, not a rule for every element.
 */
export const WRAP_LONG_WORDS_CSS = ':root body { overflow-wrap: anywhere !important; }';

/**
 * Larger text, by the root font size: text set in rem or em (as in the NHS.UK frontend) grows and
 * the page reflows. Text a page fixes in px does not grow; browser zoom covers that case.
 */
export const textSize: Aid = {
  id: 'text-size',
  configKey: (aids) => (aids.textSize === 100 ? undefined : String(aids.textSize)),
  start(aids, signal) {
    installPageStyle('text-size', `:root { font-size: ${aids.textSize}% !important; }\n${WRAP_LONG_WORDS_CSS}`, signal);
  },
};
